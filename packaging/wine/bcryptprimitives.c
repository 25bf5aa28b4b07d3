/*
 * Test-only stand-in for Windows' bcryptprimitives.dll, for running the app under Wine 8
 * (Debian 12), which lacks ProcessPrng, the call Rust's standard library uses for random
 * numbers. It forwards to RtlGenRandom (SystemFunction036 in advapi32).
 *
 * Built by scripts/windows-check.sh and scripts/package-windows.sh next to the .exe they
 * test. NEVER shipped: real Windows (8 and later) has its own bcryptprimitives.dll, and the
 * installer and the portable .zip contain only social-franchise-planner.exe.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
