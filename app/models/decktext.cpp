// SPDX-License-Identifier: GPL-3.0-or-later
#include "decktext.h"

#include "contenttext.h"

#include <QCoreApplication>

namespace ktl::decktext {

QString title(const ContentSet &content, const DeckSection &s, bool detailed)
{
    switch (s.kind) {
    case DeckSection::Kind::Walkthrough:
        return content.walkthrough(s.id) ? contentTr(contentContext::walkthrough(s.id), content.walkthrough(s.id)->title) : QString();
    case DeckSection::Kind::Flow:
        return content.flow(s.id) ? contentTr(contentContext::flow(s.id), content.flow(s.id)->title) : QString();
    case DeckSection::Kind::Topic:
        return content.topic(s.id) ? contentTr(contentContext::topic(s.id), content.topic(s.id)->title) : QString();
    case DeckSection::Kind::Glossary: {
        //: Presenter mode: the title of a presentation of glossary terms
        const QString name = QCoreApplication::translate("DeckText", "Words to know");
        if (!detailed || s.address == QLatin1String("glossary"))
            return name;
        QStringList terms;
        for (const QString &id : s.slideIds)
            if (const Term *t = content.term(id))
                terms.append(contentTr(contentContext::glossary(), t->term));
        //: A playlist item: %1 "Words to know", %2 the terms presented
        return QCoreApplication::translate("DeckText", "%1: %2").arg(name, terms.join(QStringLiteral(", ")));
    }
    case DeckSection::Kind::Timeline: {
        //: Presenter mode: the title of a presentation of the timeline
        const QString name = QCoreApplication::translate("DeckText", "Timeline");
        const QString range = s.address.section(QLatin1Char('/'), 1);
        if (!detailed || range.isEmpty())
            return name;
        //: A playlist item: the timeline from %1 to %2 (dates or years)
        return QCoreApplication::translate("DeckText", "Timeline, %1 to %2")
                .arg(contentDateText(range.section(QStringLiteral(".."), 0, 0)),
                     contentDateText(range.section(QStringLiteral(".."), 1, 1)));
    }
    case DeckSection::Kind::WhatIf:
        return content.explorer() ? contentTr(contentContext::whatIf(content.explorer()->id), content.explorer()->title)
                                  : QString();
    }
    return {};
}

QString kindName(DeckSection::Kind kind)
{
    switch (kind) {
    case DeckSection::Kind::Walkthrough:
        return QCoreApplication::translate("DeckText", "Walkthrough");
    case DeckSection::Kind::Flow:
        return QCoreApplication::translate("DeckText", "Decision flow");
    case DeckSection::Kind::Topic:
        return QCoreApplication::translate("DeckText", "Topic");
    case DeckSection::Kind::Glossary:
        return QCoreApplication::translate("DeckText", "Glossary");
    case DeckSection::Kind::Timeline:
        return QCoreApplication::translate("DeckText", "Timeline");
    case DeckSection::Kind::WhatIf:
        return QCoreApplication::translate("DeckText", "What-if story");
    }
    return {};
}

} // namespace ktl::decktext
