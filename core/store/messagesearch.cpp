// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesearch.h"

namespace smsdesk::search {

QStringList wordsOf(const QString &text, bool *cut)
{
    bool wasCut = text.size() > kMaxChars;
    const QString head = text.left(kMaxChars);
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        if (words.size() < kMaxWords)
            words << word;
        else
            wasCut = true;
        word.clear();
    };
    for (const QChar c : head) {
        if (c.isLetterOrNumber() || (c.isMark() && !word.isEmpty()))
            word += c;
        else
            flush();
    }
    flush();
    words.removeDuplicates();
    if (cut)
        *cut = wasCut;
    return words;
}

QString snippetHtml(const QString &snippet)
{
    QString html;
    html.reserve(snippet.size() + 32);
    QString plain;
    const auto flushPlain = [&] {
        html += plain.toHtmlEscaped();
        plain.clear();
    };
    bool open = false;
    for (const QChar c : snippet) {
        if (c.unicode() == kMarkStart && !open) {
            flushPlain();
            html += QLatin1String("<b>");
            open = true;
        } else if (c.unicode() == kMarkEnd && open) {
            flushPlain();
            html += QLatin1String("</b>");
            open = false;
        } else if (c.unicode() != kMarkStart && c.unicode() != kMarkEnd) {
            plain += c;
        }
    }
    flushPlain();
    if (open)
        html += QLatin1String("</b>");
    return html;
}

} // namespace smsdesk::search
