// SPDX-License-Identifier: GPL-3.0-or-later
#include "optout.h"

#include <QSet>

namespace smsdesk {

QString optOutSourceName(OptOut::Source source)
{
    switch (source) {
    case OptOut::Source::Keyword:
        return QStringLiteral("keyword");
    case OptOut::Source::Staff:
        return QStringLiteral("staff");
    case OptOut::Source::Api:
        return QStringLiteral("api");
    }
    return QStringLiteral("keyword");
}

bool optOutSourceFromName(const QString &name, OptOut::Source *source)
{
    for (OptOut::Source s : { OptOut::Source::Keyword, OptOut::Source::Staff, OptOut::Source::Api }) {
        if (name == optOutSourceName(s)) {
            *source = s;
            return true;
        }
    }
    return false;
}

namespace {

// The words as compared: upper case, accents and every space, punctuation and symbol
// removed ("Arrêt !" → "ARRET", "Stop all" → "STOPALL", "opt-out" → "OPTOUT"). Letters and
// digits stay, so "STOP2" or "STOP ME" is not a keyword.
QString folded(const QString &text)
{
    // A keyword is a word or two; a long message is never one (and is not worth folding).
    if (text.size() > 40)
        return {};
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

const QSet<QString> &optOutWords()
{
    static const QSet<QString> words {
        // English (CTIA and the carriers' list)
        QStringLiteral("STOP"), QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
        QStringLiteral("CANCEL"), QStringLiteral("END"), QStringLiteral("QUIT"), QStringLiteral("OPTOUT"),
        QStringLiteral("REVOKE"),
        // German
        QStringLiteral("STOPP"), QStringLiteral("ABMELDEN"), QStringLiteral("ABBESTELLEN"),
        // Spanish
        QStringLiteral("BAJA"), QStringLiteral("DARDEBAJA"), QStringLiteral("CANCELAR"), QStringLiteral("PARAR"),
        // French
        QStringLiteral("ARRET"), QStringLiteral("ARRETER"), QStringLiteral("DESABONNER"),
        QStringLiteral("DESINSCRIRE"), QStringLiteral("DESINSCRIPTION"),
    };
    return words;
}

const QSet<QString> &optInWords()
{
    static const QSet<QString> words {
        QStringLiteral("START"), QStringLiteral("UNSTOP"), QStringLiteral("SUBSCRIBE"), // English
        QStringLiteral("ANMELDEN"), // German
        QStringLiteral("ALTA"), QStringLiteral("DARDEALTA"), // Spanish
        QStringLiteral("ABONNER"), // French
    };
    return words;
}

} // namespace

OptOutKeyword optOutKeyword(const QString &text)
{
    const QString word = folded(text);
    if (word.isEmpty())
        return OptOutKeyword::None;
    if (optOutWords().contains(word))
        return OptOutKeyword::OptOut;
    if (optInWords().contains(word))
        return OptOutKeyword::OptIn;
    return OptOutKeyword::None;
}

} // namespace smsdesk
