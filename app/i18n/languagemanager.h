// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

#include <memory>

namespace ktl {

/**
 * @brief Switches the whole app between English and Spanish while it runs.
 *
 * Order matters (style.md §3.10): load the new translator first, so a failed load changes
 * nothing; then swap it in; then retranslate QML. Content models follow through
 * ContentStore::textChanged, which the translator swap triggers.
 */
class LanguageManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    /** The language shown beside the current one in bilingual mode. */
    Q_PROPERTY(QString otherLanguage READ otherLanguage NOTIFY languageChanged)
    /** The other language's name, in that language ("Español" while English is shown). */
    Q_PROPERTY(QString otherLanguageName READ otherLanguageName NOTIFY languageChanged)

public:
    static LanguageManager *instance();
    static LanguageManager *create(QQmlEngine *engine, QJSEngine *);

    /** One of codes(): "en", "es"… */
    QString language() const { return m_language; }
    /** Returns false (and changes nothing) for a code the app does not ship. */
    Q_INVOKABLE bool setLanguage(const QString &code);

    /** Each shipped language as { code, name }, the name in its own language: English, then
     *  one per translation compiled in. */
    static QVariantList languages();
    static QStringList codes();
    /** A shipped language's name in that language ("Español"), or "". */
    static QString nameOf(const QString &code);
    /** The system locale's language if shipped, else English. */
    static QString systemLanguage();
    /** A translator of its own for @p code, or nullptr for English (the source) and for a
     *  language not compiled in: for a worker thread, which must not share the app's. */
    static std::unique_ptr<QTranslator> translatorFor(const QString &code);

    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QString otherLanguage() const;
    QString otherLanguageName() const;
    /** @p text of @p context in @p language, whatever language is current (bilingual mode). */
    QString translate(const QString &language, const char *context, const QString &text) const;

Q_SIGNALS:
    void languageChanged();

private:
    explicit LanguageManager(QObject *parent);

    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_translator;
    mutable QHash<QString, std::shared_ptr<QTranslator>> m_lookups; ///< not installed: for translate()
    QPointer<QQmlEngine> m_engine;
};

} // namespace ktl
