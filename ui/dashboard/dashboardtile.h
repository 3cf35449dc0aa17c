// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>

namespace smsdesk {

// One figure on the dashboard: a large number over a small caption, in a rounded card
// that turns amber or red when the figure needs attention. A button, so it takes focus,
// answers Enter/Space and reads well to screen readers; clicking goes where it points.
class DashboardTile final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTile)

public:
    enum class Attention { None, Warning, Critical };

    explicit DashboardTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, Attention attention = Attention::None, const QString &hint = {});
    void setCaption(const QString &caption);
    QString value() const { return m_value; }
    QString caption() const { return m_caption; }
    Attention attention() const { return m_attention; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QFont valueFont() const;

    QString m_caption;
    QString m_value = QStringLiteral("–");
    Attention m_attention = Attention::None;
    bool m_hover = false;
};

} // namespace smsdesk
