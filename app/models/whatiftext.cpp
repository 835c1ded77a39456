// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatiftext.h"

#include "contenttext.h"

#include <QCoreApplication>
#include <QStringList>

namespace ktl::whatiftext {

QString valueLabel(const Explorer &explorer, int knob, const Scenario &scenario)
{
    return contentTr(contentContext::whatIf(explorer.id), explorer.knobs.at(knob).values.at(scenario.at(knob)).label);
}

QString because(const Explorer &explorer, const QList<int> &knobs, const Scenario &scenario)
{
    QStringList parts;
    for (int k : knobs) {
        //: Why a stage of the what-if story changed: %1 a knob ("The county's 287(g) agreement"), %2 its new value
        parts.append(QCoreApplication::translate("WhatIfText", "%1 is now “%2”")
                             .arg(contentTr(contentContext::whatIf(explorer.id), explorer.knobs.at(k).label),
                                  valueLabel(explorer, k, scenario)));
    }
    //: %1 one or more reasons ("State law on detainers is now “Limits or forbids it”"), joined by "; "
    return parts.isEmpty() ? QString()
                           : QCoreApplication::translate("WhatIfText", "Changed because: %1.").arg(parts.join(QStringLiteral("; ")));
}

} // namespace ktl::whatiftext
