// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QRect>
#include <QString>

class QPainter;

namespace smsdesk::theme {

// The only hard-coded colours in the UI (UI.md "Frame"): three semantic tones, each with a
// light-palette and a dark-palette variant so they stay readable on both. Everything else
// comes from the system palette.
enum class Tone { Success, Warning, Error };

bool isDark(const QPalette &palette);
QColor color(Tone tone, const QPalette &palette);
inline QColor success(const QPalette &palette)
{
    return color(Tone::Success, palette);
}
inline QColor warning(const QPalette &palette)
{
    return color(Tone::Warning, palette);
}
inline QColor error(const QPalette &palette)
{
    return color(Tone::Error, palette);
}

// A faint background in a tone, for banners and highlighted tiles.
QColor tint(Tone tone, const QPalette &palette);
// Linear blend: 0 = a, 1 = b. Used for neutral surfaces derived from the palette.
QColor mix(const QColor &a, const QColor &b, qreal t);
// Black or white text, whichever reads better on `background`.
QColor textOn(const QColor &background);

// A list row as a card (the thread list, search hits): rounded, in the highlight colour when
// selected, faintly tinted under the mouse. Answers the card's rectangle.
QRect paintRowCard(QPainter *painter, const QRect &row, bool selected, bool hovered, const QPalette &palette);

// Desktop icon theme first (freedesktop name), our SVG as fallback so a bare session looks
// right too. `fallback` is the file name in resources/icons, e.g. "conversations.svg".
QIcon icon(const QString &freedesktopName, const QString &fallback);
// The application's own icon (never themed: it is our identity).
QIcon appIcon();
// Registers the compiled-in resources (:/smsdesk/...). icon() and appIcon() call it; code
// that opens other resource files calls it first.
void ensureResources();

// Spacing and shape, shared so every page lines up.
inline constexpr int kSpacing = 8;
inline constexpr int kMargin = 12;
inline constexpr int kRadius = 8; // cards, banners, tiles
inline constexpr int kBubbleRadius = 14; // chat bubbles

} // namespace smsdesk::theme
