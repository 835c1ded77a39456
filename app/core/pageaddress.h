// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenttypes.h"

#include <QString>

namespace ktl {

/**
 * @brief Where the app is: `home`, `topic/<id>`, `walkthrough/<id>[/<step>]`,
 * `flow/<id>[/<node>]`, `whatif[/<knob>=<value>,…]`, `glossary[/<term>]`, `sources`, `timeline`, `help`, `local`, `search`, `settings`, `workshop` (the presenter's session playlists).
 *
 * The same text is used by `--page`, `--list-pages`, navigation and "continue where you left
 * off", so every screen can be addressed, screenshotted and restored.
 */
struct PageAddress
{
    enum class Kind { Home, Topic, Walkthrough, Flow, WhatIf, Glossary, Sources, Timeline, Help, Local, Search, Settings, Workshop };

    Kind kind = Kind::Home;
    QString id;  ///< topic, walkthrough or flow id
    QString sub; ///< step id, node id or what-if setting (whatif.h toText), optional

    /** Parses the syntax only; @p error says what is wrong. */
    static bool parse(const QString &text, PageAddress *out, QString *error);
    /** Parses and checks that the ids exist in @p content. */
    static bool resolve(const QString &text, const ContentSet &content, PageAddress *out,
                        QString *error);

    QString toString() const;
    QString kindName() const;
    bool operator==(const PageAddress &o) const { return kind == o.kind && id == o.id && sub == o.sub; }
};

/** Page addresses as text, made in one place (QML never builds one from pieces). */
namespace page {
QString topic(const QString &id);
QString walkthrough(const QString &id, const QString &step = {});
QString flow(const QString &id, const QString &node = {});
/** @p setting as whatif::toText() writes it; "" for the typical story. */
QString whatIf(const QString &setting = {});
} // namespace page

/** Every page of @p content, one address each, in a stable order. */
QStringList allPageAddresses(const ContentSet &content);

} // namespace ktl
