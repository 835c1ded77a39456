// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: page addresses (`--page`, "continue where you left off") parsed and resolved
// against the built-in content, read once from the source folder resources/content.
#include "contentloader.h"
#include "fuzzsupport.h"
#include "pageaddress.h"

namespace {

const ktl::ContentSet *builtIn = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ktl::fuzz::ensureApplication();
    static const ktl::ContentLoader::Result content =
            ktl::ContentLoader::loadDirectory(QStringLiteral(KTL_CONTENT_DIR));
    if (!content.ok() || content.content.topics.isEmpty()) {
        std::fprintf(stderr, "cannot load the built-in content from %s\n", KTL_CONTENT_DIR);
        std::abort();
    }
    builtIn = &content.content;
    // Every listed page resolves and prints as itself (the --list-pages contract).
    for (const QString &page : ktl::allPageAddresses(*builtIn)) {
        ktl::PageAddress address;
        QString error;
        KTL_FUZZ_CHECK(ktl::PageAddress::resolve(page, *builtIn, &address, &error));
        KTL_FUZZ_CHECK(address.toString() == page);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > ktl::fuzz::maxInputSize)
        return -1;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    ktl::PageAddress parsed;
    QString parseError;
    const bool parses = ktl::PageAddress::parse(text, &parsed, &parseError);
    KTL_FUZZ_CHECK(parses == parseError.isEmpty());
    if (parses) {
        // What parses prints back as an address that parses to the same thing.
        KTL_FUZZ_CHECK(!parsed.kindName().isEmpty());
        ktl::PageAddress again;
        QString error;
        KTL_FUZZ_CHECK(ktl::PageAddress::parse(parsed.toString(), &again, &error));
        KTL_FUZZ_CHECK(again == parsed);
    }

    ktl::PageAddress resolved;
    QString resolveError;
    const bool resolves = ktl::PageAddress::resolve(text, *builtIn, &resolved, &resolveError);
    KTL_FUZZ_CHECK(!resolves || parses);
    KTL_FUZZ_CHECK(resolves == resolveError.isEmpty());
    if (resolves)
        KTL_FUZZ_CHECK(resolved == parsed);
    return 0;
}
