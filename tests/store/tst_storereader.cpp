// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
class tst_X final : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(tst_X)
#include "tst_storereader.moc"
