// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the restricted Markdown of content text (markup.h) on the input as UTF-8.
#include "fuzzsupport.h"
#include "markup.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ktl::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > ktl::fuzz::maxInputSize)
        return -1;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const QStringList problems = ktl::markup::problems(text);
    const QList<ktl::markup::Link> links = ktl::markup::links(text);
    for (const ktl::markup::Link &link : links)
        KTL_FUZZ_CHECK(!link.text.isEmpty());
    const QString html = ktl::markup::toHtml(text);
    const QString plain = ktl::markup::toPlainText(text);

    // Text the subset accepts never turns into markup that can load something: the only
    // tags in its HTML are the ones toHtml writes, and links keep their term:/source: href.
    if (problems.isEmpty()) {
        KTL_FUZZ_CHECK(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        KTL_FUZZ_CHECK(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        KTL_FUZZ_CHECK(!html.contains(QLatin1String("href=\"http"), Qt::CaseInsensitive));
    }
    KTL_FUZZ_CHECK(plain == plain.simplified());
    return 0;
}
