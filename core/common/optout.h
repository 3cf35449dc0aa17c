// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace smsdesk {

// A number on the suppression list (issue 15, point 1): nothing is sent to it until it
// is lifted, by the customer's own START or by staff. One row per number.
struct OptOut
{
    enum class Source {
        Keyword, // the customer wrote STOP (or a variant)
        Staff, // added by hand in the desktop app
        Api, // added through the local API
    };

    QString number; // E.164
    qint64 atMs = 0;
    Source source = Source::Keyword;
    QString detail; // the customer's words ("Stop!") or the note staff gave
    QString contactName; // filled by the readers; "" when the number is nobody's
};

QString optOutSourceName(OptOut::Source source); // "keyword", "staff", "api"
bool optOutSourceFromName(const QString &name, OptOut::Source *source);

// What an incoming SMS asks of the suppression list. Only a message that is the keyword
// and nothing else counts ("Stop", " STOP! ", "stop all", "Arrêt"), never one that merely
// contains it ("please don't stop sending"), as carriers read them (CTIA's keywords, the
// usual German, Spanish and French ones).
enum class OptOutKeyword { None, OptOut, OptIn };
OptOutKeyword optOutKeyword(const QString &text);

} // namespace smsdesk
