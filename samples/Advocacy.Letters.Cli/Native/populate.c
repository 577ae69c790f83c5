// Linked into the native executable on Linux (see the project file); it runs before the .NET runtime starts.
//
// The runtime's start-up rebuilds about 2.4 MB of its type data (StartupCodeHelpers.RehydrateData) in the
// executable's zero-initialised data, the part of its writable segments that is not in the file. Touched page by page,
// that is some 600 page faults, the largest single cost of `letters` starting on a virtual machine, where a fault
// costs 10 to 15 µs. One madvise(MADV_POPULATE_WRITE) over the range makes the same zeroed pages in one call, at about
// 8 µs a page; where hydrated.ld has aligned the data to 2 MB, MADV_HUGEPAGE first makes them two huge pages instead,
// at a fraction of a millisecond each. The pages are zero either way; the cost is memory: the padding to 4 MB and the
// .bss beside it are resident too. A kernel without transparent huge pages, or before Linux 5.14, refuses one call or
// both, and the pages fault in as they otherwise would.
#define _GNU_SOURCE
#include <link.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

// x86-64's and arm64's (with 4 kB pages) huge page; on other sizes the advice is harmless.
#define HUGE_PAGE ((uintptr_t)2 << 20)

static int populate_zeroed_data(struct dl_phdr_info *object, size_t size, void *unused)
{
    (void)size;
    (void)unused;
    const uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    for (ElfW(Half) i = 0; i < object->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *segment = &object->dlpi_phdr[i];
        if (segment->p_type != PT_LOAD || !(segment->p_flags & PF_W) || segment->p_memsz <= segment->p_filesz)
        {
            continue;
        }

        // From the first whole page past the file's bytes (the loader has zeroed the rest of that page) to the end.
        const uintptr_t start = object->dlpi_addr + segment->p_vaddr + segment->p_filesz;
        const uintptr_t end = object->dlpi_addr + segment->p_vaddr + segment->p_memsz;
        const uintptr_t first = (start + page - 1) & ~(page - 1);
        const uintptr_t last = (end + page - 1) & ~(page - 1);
        for (uintptr_t block = (first + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1); block + HUGE_PAGE <= last; block += HUGE_PAGE)
        {
            (void)madvise((void *)block, HUGE_PAGE, MADV_HUGEPAGE);
        }

        if (last > first)
        {
            (void)madvise((void *)first, last - first, MADV_POPULATE_WRITE);
        }
    }

    // The first object is the executable itself; the shared libraries are not ours to touch.
    return 1;
}

__attribute__((constructor)) static void populate_before_the_runtime(void)
{
    dl_iterate_phdr(populate_zeroed_data, NULL);
}
