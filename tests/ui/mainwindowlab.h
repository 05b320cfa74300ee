#pragma once

#include "core/database.h"
#include "core/providerstore.h"
#include "core/requests.h"
#include "core/supervisor.h"
#include "ui/inventorytreemodel.h"
#include "ui/lifecycle/poweractions.h"
#include "ui/lifecycle/provisionwizard.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

// The main window on a real provider, end to end: a database of its own, a real supervisor and
// the window shown once the provider's first refresh is in.
namespace Vantage::Testing {

struct MainWindowLab
{
    QTemporaryDir dir;
    std::unique_ptr<Supervisor> supervisor;
    std::unique_ptr<MainWindow> window;

    // The database is databaseName in dir; false with *error set when any step fails.
    bool open(const QString &databaseName, const ProviderSpec &provider, QString *error)
    {
        if (!Database::initialize(dir.filePath(databaseName), error) ||
            !ProviderStore::addProvider(provider, error))
            return false;
        supervisor = std::make_unique<Supervisor>();
        QSignalSpy refreshed(supervisor.get(), &Supervisor::refreshFinished);
        window = std::make_unique<MainWindow>(supervisor.get());
        window->show();
        supervisor->start(true);
        if (!refreshed.wait(30000) || !refreshed.first().at(1).value<RefreshOutcome>().ok) {
            *error = QStringLiteral("the first refresh did not finish");
            return false;
        }
        return true;
    }

    ~MainWindowLab()
    {
        window.reset();
        if (supervisor)
            supervisor->stop();
    }
};

// Whether the request has finished; then *why is its status and message.
inline bool requestFinished(qint64 requestId, QString *why)
{
    const auto request = RequestStore::request(requestId);
    if (!request || request->state != QLatin1String(RequestState::Finished))
        return false;
    *why = request->status + u' ' + request->message;
    return true;
}

// Power Off from the VM menu on the running VM vmId: asked, confirmed, submitted and run, and the
// tree follows with Start the action that suits it now. A QTest check: see
// QTest::currentTestFailed().
inline void powerOffFromMenu(MainWindow *w, qint64 vmId)
{
    QVERIFY(w->selectObject(InventoryTreeModel::Kind::Vm, vmId));
    QAction *powerOff = w->powerActions()->action(PowerOperation::PowerOff);
    QVERIFY(powerOff->isEnabled());
    QTimer::singleShot(0, w, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmPowerButton")),
                              Qt::LeftButton);
    });
    const QList<qint64> ids = w->powerActions()->run(PowerOperation::PowerOff);
    QCOMPARE(ids.size(), 1);
    QString outcome;
    QTRY_VERIFY_WITH_TIMEOUT(requestFinished(ids.first(), &outcome), 60000);
    QCOMPARE(outcome.trimmed(), QString::fromLatin1(RequestStatus::Ok));
    QTRY_COMPARE_WITH_TIMEOUT(w->inventoryModel()
                                  ->indexFor(InventoryTreeModel::Kind::Vm, vmId)
                                  .data(InventoryTreeModel::PowerStateRole)
                                  .toString(),
                              QStringLiteral("off"), 30000);
    QTRY_VERIFY(w->powerActions()->action(PowerOperation::Start)->isEnabled());
}

// Clicks Next until the wizard's summary page; a QTest check that fails, with the reasons the page
// shows, on a page that does not let it on.
inline void nextToSummary(ProvisionWizard *wizard)
{
    while (wizard->currentId() != ProvisionWizard::SummaryPage) {
        if (!wizard->button(QWizard::NextButton)->isEnabled()) {
            QStringList reasons;
            for (const QLabel *label : wizard->currentPage()->findChildren<QLabel *>()) {
                if (label->objectName().endsWith(QLatin1String("Reason")) && label->isVisible())
                    reasons << label->text();
            }
            QFAIL(qPrintable(QStringLiteral("page %1 blocked: %2")
                                 .arg(wizard->currentId())
                                 .arg(reasons.join(u' '))));
        }
        wizard->next();
    }
}

} // namespace Vantage::Testing
