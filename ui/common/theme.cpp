// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

// Resources compiled into a static library are dropped by the linker unless something
// references them: this call does, the first time any icon is asked for.
static void initSmsdeskResources()
{
    Q_INIT_RESOURCE(smsdesk);
}

namespace smsdesk::theme {

void ensureResources()
{
    static const bool done = [] {
        initSmsdeskResources();
        return true;
    }();
    Q_UNUSED(done)
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor color(Tone tone, const QPalette &palette)
{
    // Material-like tones: the darker shade has enough contrast on white, the lighter one
    // on a dark window.
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Success:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case Tone::Error:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    }
    return palette.color(QPalette::WindowText);
}

QColor tint(Tone tone, const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), color(tone, palette), isDark(palette) ? 0.22 : 0.12);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    const qreal s = 1.0 - t;
    return QColor::fromRgbF(float(a.redF() * s + b.redF() * t), float(a.greenF() * s + b.greenF() * t),
                            float(a.blueF() * s + b.blueF() * t), float(a.alphaF() * s + b.alphaF() * t));
}

QIcon appIcon()
{
    ensureResources();
    return QIcon(QStringLiteral(":/smsdesk/icons/smsdesk.svg"));
}

QColor textOn(const QColor &background)
{
    // Relative luminance (sRGB weights); 0.55 keeps white text on mid-blue accents.
    const qreal y = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return y > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

namespace {
// Our SVGs are grey line art. On a selected row Qt would tint them with the highlight
// colour, which makes them vanish on the highlight background; draw the Selected mode in
// the highlighted-text colour instead, as theme icons do. Rendered when painted, at the
// size asked for.
class SelectedInkEngine final : public QIconEngine
{
public:
    explicit SelectedInkEngine(QIcon base)
        : m_base(std::move(base))
    { }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap(rect.size() * ratio, mode, state);
        pm.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pm);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        if (mode != QIcon::Selected)
            return m_base.pixmap(size, mode, state);
        QPixmap pm = m_base.pixmap(size, QIcon::Normal, state);
        QPainter painter(&pm);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pm.rect(), QGuiApplication::palette().color(QPalette::HighlightedText));
        return pm;
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_base.actualSize(size, mode, state);
    }
    QIconEngine *clone() const override { return new SelectedInkEngine(m_base); }

private:
    QIcon m_base;
};
} // namespace

QIcon icon(const QString &freedesktopName, const QString &fallback)
{
    ensureResources();
    if (QIcon::hasThemeIcon(freedesktopName))
        return QIcon::fromTheme(freedesktopName);
    return QIcon(new SelectedInkEngine(QIcon(QStringLiteral(":/smsdesk/icons/") + fallback)));
}

QRect paintRowCard(QPainter *painter, const QRect &row, bool selected, bool hovered, const QPalette &palette)
{
    const QRect card = row.adjusted(4, 2, -4, -2);
    if (selected || hovered) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? palette.color(QPalette::Highlight)
                                   : mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.08));
        painter->drawRoundedRect(card, kRadius, kRadius);
    }
    return card;
}

} // namespace smsdesk::theme
