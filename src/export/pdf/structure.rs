//! The document's logical structure, for a tagged (accessible) PDF: which laid-out texts form
//! the title, each heading, paragraph, list item and table cell, in reading order. The layout
//! records it while it places the texts; texts outside every element (page numbers, table
//! headers repeated on later pages) and all rules and shading are drawn as artifacts, which
//! screen readers and text extraction skip.

use std::num::NonZeroU16;

use krilla::tagging::{ListNumbering, Node, TableHeaderScope, Tag, TagGroup, TagKind};

/// Where a placed item is: the page's index and the item's index on that page.
pub type ItemRef = (usize, usize);

/// What a structure element is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The document's title.
    Title,
    /// A heading of level 1 (sections) or 2 (inside a section).
    Heading(u16),
    /// A paragraph.
    Paragraph,
    /// A bulleted list.
    List,
    /// One entry of a list.
    ListItem,
    /// The bullet of a list entry.
    Label,
    /// The text of a list entry.
    ListBody,
    /// A table.
    Table,
    /// A table row.
    Row,
    /// A column's header cell.
    ColumnHeader,
    /// A row's header cell (the label of a label–value row).
    RowHeader,
    /// A data cell.
    Cell,
}

/// A child of an element: another element or one placed text.
#[derive(Clone, Debug, PartialEq)]
pub enum Child {
    /// A nested element.
    Element(Element),
    /// A placed text.
    Text(ItemRef),
}

/// A structure element and its children, in reading order.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    /// What it is.
    pub role: Role,
    /// A heading's text (PDF/UA asks for it on headings).
    pub title: Option<String>,
    /// Its content.
    pub children: Vec<Child>,
}

impl Element {
    /// An empty element.
    pub fn new(role: Role) -> Self {
        Self {
            role,
            title: None,
            children: Vec::new(),
        }
    }

    /// An element holding the given texts.
    pub fn with_texts(role: Role, texts: Vec<ItemRef>) -> Self {
        Self {
            role,
            title: None,
            children: texts.into_iter().map(Child::Text).collect(),
        }
    }

    /// Every placed text under this element, in reading order.
    pub fn texts(&self, out: &mut Vec<ItemRef>) {
        for child in &self.children {
            match child {
                Child::Element(element) => element.texts(out),
                Child::Text(at) => out.push(*at),
            }
        }
    }
}

/// The elements being built: the open ones, innermost last, and the finished top level.
#[derive(Debug, Default)]
pub struct Builder {
    open: Vec<Element>,
    done: Vec<Element>,
}

impl Builder {
    /// Opens an element; what follows goes into it until [`Builder::close`].
    pub fn open(&mut self, role: Role) {
        self.open.push(Element::new(role));
    }

    /// Opens a heading with its text.
    pub fn open_heading(&mut self, level: u16, title: &str) {
        let mut heading = Element::new(Role::Heading(level));
        heading.title = Some(title.to_owned());
        self.open.push(heading);
    }

    /// Closes the innermost open element (an empty one is dropped).
    pub fn close(&mut self) {
        if let Some(element) = self.open.pop()
            && !element.children.is_empty()
        {
            self.add(element);
        }
    }

    /// Adds a placed text to the innermost open element (outside every element it is an
    /// artifact).
    pub fn text(&mut self, at: ItemRef) {
        if let Some(parent) = self.open.last_mut() {
            parent.children.push(Child::Text(at));
        }
    }

    /// Adds a finished element to the innermost open one, or to the top level.
    pub fn add(&mut self, element: Element) {
        match self.open.last_mut() {
            Some(parent) => parent.children.push(Child::Element(element)),
            None => self.done.push(element),
        }
    }

    /// Puts a finished element first in the innermost open one (a bullet before its text).
    pub fn add_first(&mut self, element: Element) {
        if let Some(parent) = self.open.last_mut() {
            parent.children.insert(0, Child::Element(element));
        }
    }

    /// The finished top-level elements (anything still open is closed).
    pub fn finish(mut self) -> Vec<Element> {
        while !self.open.is_empty() {
            self.close();
        }
        self.done
    }
}

/// The PDF tag of `element`, its children taken from `leaf` (the identifier of each placed
/// text, each used once).
pub fn tag_group(element: &Element, leaf: &mut dyn FnMut(ItemRef) -> Option<Node>) -> TagGroup {
    let mut group = TagGroup::new(kind(element));
    for child in &element.children {
        match child {
            Child::Element(inner) => {
                let inner = tag_group(inner, leaf);
                if !inner.children.is_empty() {
                    group.push(inner);
                }
            }
            Child::Text(at) => {
                if let Some(node) = leaf(*at) {
                    group.push(node);
                }
            }
        }
    }
    group
}

fn kind(element: &Element) -> TagKind {
    match element.role {
        Role::Title => Tag::Title.into(),
        Role::Heading(level) => {
            let level = NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN);
            Tag::Hn(level, element.title.clone()).into()
        }
        Role::Paragraph => Tag::P.into(),
        Role::List => Tag::L(ListNumbering::Disc).into(),
        Role::ListItem => Tag::LI.into(),
        Role::Label => Tag::Lbl.into(),
        Role::ListBody => Tag::LBody.into(),
        Role::Table => Tag::Table.into(),
        Role::Row => Tag::TR.into(),
        Role::ColumnHeader => Tag::TH(TableHeaderScope::Column).into(),
        Role::RowHeader => Tag::TH(TableHeaderScope::Row).into(),
        Role::Cell => Tag::TD.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::{Builder, Child, Element, Role};

    #[test]
    fn elements_nest_and_empty_ones_are_dropped() {
        let mut b = Builder::default();
        b.open(Role::Paragraph);
        b.text((0, 0));
        b.close();
        b.open(Role::Paragraph);
        b.close();
        b.text((0, 1)); // outside every element: an artifact
        b.open(Role::List);
        b.open(Role::ListItem);
        b.open(Role::ListBody);
        b.text((0, 2));
        b.close();
        b.add_first(Element::with_texts(Role::Label, vec![(0, 3)]));
        let done = b.finish();
        assert_eq!(done.len(), 2, "{done:?}");
        let mut texts = Vec::new();
        for element in &done {
            element.texts(&mut texts);
        }
        assert_eq!(
            texts,
            [(0, 0), (0, 3), (0, 2)],
            "the bullet before its text"
        );
        let Some(Child::Element(item)) = done[1].children.first() else {
            panic!("{done:?}");
        };
        assert_eq!(item.role, Role::ListItem);
    }
}
