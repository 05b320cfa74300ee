#include "metricsfixture.h"
#include "tests/ui/accessibilityaudit.h"
#include "tests/ui/events/eventfixture.h"
#include "tests/ui/inventoryfixture.h"

#include "core/database.h"
#include "ui/charts/topconsumersview.h"

#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {
constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
} // namespace

Q_DECLARE_METATYPE(Vantage::InventoryKind)

class tst_TopConsumersView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyControlIsNamed();
    void highestAverageFirst();
    void countLimitsTheRows();
    void realtimeForTheLastHour();
    void longerRangesAndOtherMetrics();
    void sortable();
    void activation();

private:
    struct Expected
    {
        QString name;
        double avg = 0;
        qint64 samples = 0;
    };
    // What the view must show: the plain mean of the rows since fromMs (hourly rollups weighted
    // by their sample counts give the same), highest first.
    QList<Expected> expected(qint64 fromMs, MetricColumn column) const;
    QStringList shownNames() const;
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_view->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TopConsumersView> m_view;
    qint64 m_manager = 0;
    qint64 m_now = 0;
    QHash<QString, qint64> m_ids;
    QHash<QString, QList<MetricRates>> m_rows;
};

void tst_TopConsumersView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
    InventoryFixture::addProvider(QStringLiteral("alpha"), &m_manager);
    const qint64 host = InventoryFixture::addHost(m_manager, 0, QStringLiteral("node1"));
    m_now = QDateTime::currentMSecsSinceEpoch();
    m_ids.clear();
    m_rows.clear();
    auto add = [&](const QString &name) {
        m_ids.insert(name, InventoryFixture::addVm(m_manager, host, name));
        return emsRefOf(InventoryKind::Vm, m_ids.value(name));
    };
    // alpha: 20 and 40 alternately every 30 minutes for two days (mean 30).
    const QString alpha = add(QStringLiteral("alpha"));
    for (int i = 1; i <= 96; ++i)
        m_rows[QStringLiteral("alpha")]
            << makeRates(m_manager, alpha, 0, m_now - i * 30 * minute + minute, i % 2 ? 20 : 40);
    // bravo: 70 hourly for two days, but 5 in the last hour.
    const QString bravo = add(QStringLiteral("bravo"));
    for (int i = 1; i <= 48; ++i)
        m_rows[QStringLiteral("bravo")]
            << makeRates(m_manager, bravo, 0, m_now - i * hour + minute, i == 1 ? 5 : 70);
    // charlie: 50 every 20 minutes for ten hours.
    const QString charlie = add(QStringLiteral("charlie"));
    for (int i = 1; i <= 30; ++i)
        m_rows[QStringLiteral("charlie")]
            << makeRates(m_manager, charlie, 0, m_now - i * 20 * minute + minute, 50);
    // delta: 95, but ten days ago only.
    const QString delta = add(QStringLiteral("delta"));
    for (int i = 0; i < 4; ++i)
        m_rows[QStringLiteral("delta")]
            << makeRates(m_manager, delta, 0, m_now - 10 * day + i * 10 * minute, 95);
    // echo: no metrics at all.
    add(QStringLiteral("echo"));
    QList<MetricRates> all;
    for (const auto &rows : std::as_const(m_rows))
        all += rows;
    QVERIFY(storeRows(all));
    QVERIFY(rollUpHours(m_manager, all));

    m_view = std::make_unique<TopConsumersView>();
    m_view->resize(700, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->reload();
}

void tst_TopConsumersView::cleanup()
{
    m_view.reset();
    Database::closeThreadConnection();
    m_dir.reset();
}

QList<tst_TopConsumersView::Expected> tst_TopConsumersView::expected(qint64 fromMs,
                                                                     MetricColumn column) const
{
    QList<Expected> result;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        Expected e{it.key(), 0, 0};
        for (const MetricRates &row : it.value()) {
            if (row.timestampMs >= fromMs) {
                e.avg += *row.value(column);
                ++e.samples;
            }
        }
        if (e.samples) {
            e.avg /= double(e.samples);
            result << e;
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Expected &a, const Expected &b) { return a.avg > b.avg; });
    return result;
}

QStringList tst_TopConsumersView::shownNames() const
{
    QStringList names;
    const QAbstractItemModel *model = m_view->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, TopConsumersView::NameColumn).data().toString();
    return names;
}

void tst_TopConsumersView::everyControlIsNamed()
{
    const QStringList problems = unnamedControls(m_view.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(m_view->count(), 10);
    QCOMPARE(child<QSpinBox>("topConsumersCount")->value(), 10);
    QCOMPARE(m_view->range(), TopConsumersView::Range::LastDay);
}

void tst_TopConsumersView::highestAverageFirst()
{
    const qint64 from = (m_now - day) - (m_now - day) % hour;
    const QList<Expected> want = expected(from, MetricColumn::CpuPercent);
    QCOMPARE(want.size(), 3); // delta is too old, echo has nothing
    QCOMPARE(want.at(0).name, QStringLiteral("bravo"));
    const QAbstractItemModel *model = m_view->view()->model();
    QCOMPARE(model->rowCount(), want.size());
    for (int row = 0; row < want.size(); ++row) {
        QCOMPARE(model->index(row, TopConsumersView::NameColumn).data().toString(),
                 want.at(row).name);
        QCOMPARE(model->index(row, TopConsumersView::NameColumn)
                     .data(TopConsumersView::IdRole)
                     .toLongLong(),
                 m_ids.value(want.at(row).name));
        const double value = model->index(row, TopConsumersView::ValueColumn)
                                 .data(TopConsumersView::SortRole)
                                 .toDouble();
        QVERIFY2(std::abs(value - want.at(row).avg) < 1e-9,
                 qPrintable(QStringLiteral("%1: %2").arg(want.at(row).name).arg(value)));
        QCOMPARE(model->index(row, TopConsumersView::SamplesColumn)
                     .data(TopConsumersView::SortRole)
                     .toLongLong(),
                 want.at(row).samples);
        QVERIFY(model->index(row, TopConsumersView::ValueColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral(" %")));
    }
    // Set VANTAGE_SCREENSHOT_DIR to keep a picture.
    const QString dir = qEnvironmentVariable("VANTAGE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_view->grab().save(dir + QStringLiteral("/top-consumers.png")));
}

void tst_TopConsumersView::countLimitsTheRows()
{
    auto *spin = child<QSpinBox>("topConsumersCount");
    spin->setValue(2);
    QCOMPARE(shownNames(), QStringList({QStringLiteral("bravo"), QStringLiteral("charlie")}));
    m_view->setCount(1);
    QCOMPARE(shownNames(), QStringList{QStringLiteral("bravo")});
}

void tst_TopConsumersView::realtimeForTheLastHour()
{
    auto *range = child<QComboBox>("topConsumersRange");
    range->setCurrentIndex(range->findData(int(TopConsumersView::Range::LastHour)));
    emit range->activated(range->currentIndex());
    QCOMPARE(m_view->range(), TopConsumersView::Range::LastHour);
    // In the last hour from the realtime rows: charlie 50 (3), alpha 30 (2), bravo 5 (1).
    const QList<Expected> want = expected(m_now - hour, MetricColumn::CpuPercent);
    QCOMPARE(shownNames(), QStringList({QStringLiteral("charlie"), QStringLiteral("alpha"),
                                        QStringLiteral("bravo")}));
    const QAbstractItemModel *model = m_view->view()->model();
    for (int row = 0; row < want.size(); ++row) {
        QCOMPARE(model->index(row, TopConsumersView::NameColumn).data().toString(),
                 want.at(row).name);
        QCOMPARE(model->index(row, TopConsumersView::SamplesColumn)
                     .data(TopConsumersView::SortRole)
                     .toLongLong(),
                 want.at(row).samples);
        QVERIFY(std::abs(model->index(row, TopConsumersView::ValueColumn)
                             .data(TopConsumersView::SortRole)
                             .toDouble() -
                         want.at(row).avg) < 1e-9);
    }
}

void tst_TopConsumersView::longerRangesAndOtherMetrics()
{
    m_view->setRange(TopConsumersView::Range::LastWeek);
    QCOMPARE(shownNames().size(), 3);
    m_view->setRange(TopConsumersView::Range::LastMonth);
    QCOMPARE(shownNames().first(), QStringLiteral("delta")); // 95 ten days ago
    QCOMPARE(shownNames().size(), 4);
    m_view->setMetric(MetricColumn::DiskReadBps);
    const QAbstractItemModel *model = m_view->view()->model();
    const QString shown = model->index(0, TopConsumersView::ValueColumn).data().toString();
    QVERIFY2(shown.endsWith(QStringLiteral("MiB/s")), qPrintable(shown));
    QVERIFY(std::abs(model->index(0, TopConsumersView::ValueColumn)
                         .data(TopConsumersView::SortRole)
                         .toDouble() -
                     95 * mebibyte) < 1e-3);
}

void tst_TopConsumersView::sortable()
{
    QTreeView *view = m_view->view();
    QVERIFY(view->isSortingEnabled());
    QTest::mouseClick(
        view->header()->viewport(), Qt::LeftButton, {},
        QPoint(view->header()->sectionViewportPosition(0) + 5, view->header()->height() / 2));
    QCOMPARE(view->header()->sortIndicatorSection(), int(TopConsumersView::NameColumn));
    const QStringList names = shownNames();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    if (view->header()->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);
    // Samples sort numerically: bravo's 24 or 25 above charlie's 30 would be wrong.
    view->sortByColumn(TopConsumersView::SamplesColumn, Qt::DescendingOrder);
    const QAbstractItemModel *model = view->model();
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row - 1, TopConsumersView::SamplesColumn)
                    .data(TopConsumersView::SortRole)
                    .toLongLong() >= model->index(row, TopConsumersView::SamplesColumn)
                                         .data(TopConsumersView::SortRole)
                                         .toLongLong());
    }
    // A reload keeps the chosen order.
    m_view->reload();
    QCOMPARE(view->header()->sortIndicatorSection(), int(TopConsumersView::SamplesColumn));
}

void tst_TopConsumersView::activation()
{
    qRegisterMetaType<Vantage::InventoryKind>();
    QSignalSpy activated(m_view.get(), &TopConsumersView::objectActivated);
    QTreeView *view = m_view->view();
    const QModelIndex second = view->model()->index(1, TopConsumersView::ValueColumn);
    const QPoint center = view->visualRect(second).center();
    // A user's double click starts with a click: the view takes the press of the second one.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<InventoryKind>(), InventoryKind::Vm);
    QCOMPARE(activated.at(0).at(1).toLongLong(), m_ids.value(QStringLiteral("charlie")));

    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(1).toLongLong(), m_ids.value(QStringLiteral("bravo")));
}

QTEST_MAIN(tst_TopConsumersView)
#include "tst_topconsumersview.moc"
