#include "accessibilityaudit.h"
#include "inventoryfixture.h"
#include "uifakeprovider.h"

#include "core/database.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "providers/vmware/vsphereprovidertype.h"
#include "tests/vcsim/vcsimprocess.h"
#include "ui/endpointlisteditor.h"
#include "ui/providerwizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_ProviderWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void clickThroughAddsProvider();
    void verifyFailureIsExplained();
    void multipleEndpointsAndRequiredCredentials();
    void editIsPrefilledAndUpdates();
    void untrustedCertificateIsPinnedOnlyWhenAccepted();
    void changedCertificateIsWarnedAbout();
    void everyControlIsNamed();

private:
    template <typename T> T *child(QWidget *parent, const char *name)
    {
        auto *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    QPushButton *button(ProviderWizard &wizard, QWizard::WizardButton which)
    {
        return qobject_cast<QPushButton *>(wizard.button(which));
    }
    void selectType(ProviderWizard &wizard, const QString &displayName);
    void typeText(QLineEdit *edit, const QString &text);
    // Answers the trust confirmation as soon as it shows, and audits it.
    void answerTrustConfirmation(bool trust);
    bool startVcsim();

    // One per test: a VcsimProcess started twice keeps its first URL.
    std::unique_ptr<Vantage::Testing::VcsimProcess> m_vcsim;
    QString m_vcsimSha256; // of its certificate file, as QSslCertificate computes it
    QStringList m_confirmationProblems;
    QString m_confirmationText;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ProviderWizard::initTestCase()
{
    registerUiFakeProviders();
    ProviderRegistry::instance().registerType(std::make_unique<VsphereProviderType>());
}

void tst_ProviderWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
}

void tst_ProviderWizard::cleanup()
{
    m_vcsim.reset();
    Database::closeThreadConnection();
    m_dir.reset();
}

void tst_ProviderWizard::selectType(ProviderWizard &wizard, const QString &displayName)
{
    auto *list = child<QListWidget>(&wizard, "typeList");
    QVERIFY(list);
    const auto items = list->findItems(displayName, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    const QRect rect = list->visualItemRect(items.front());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(list->currentItem(), items.front());
}

void tst_ProviderWizard::typeText(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void tst_ProviderWizard::clickThroughAddsProvider()
{
    qint64 existingManager = 0;
    InventoryFixture::addProvider(QStringLiteral("taken"), &existingManager);

    ProviderWizard wizard(nullptr);
    QSignalSpy saved(&wizard, &ProviderWizard::providerSaved);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ProviderWizard::TypePage));

    selectType(wizard, QStringLiteral("UI Fake"));
    QTest::mouseClick(button(wizard, QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ProviderWizard::NamePage));

    // Empty and duplicate names keep Next off; the duplicate says why.
    auto *name = child<QLineEdit>(&wizard, "nameEdit");
    auto *nameReason = child<QLabel>(&wizard, "nameReason");
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
    typeText(name, QStringLiteral("taken"));
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
    QVERIFY(nameReason->isVisible());
    QVERIFY(nameReason->text().contains(QStringLiteral("already exists")));
    typeText(name, QStringLiteral("lab"));
    QVERIFY(!nameReason->isVisible());
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
    QTest::mouseClick(button(wizard, QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ProviderWizard::EndpointPage));

    // An invalid endpoint shows the provider's reason next to the field and blocks Next.
    auto *endpoint = child<QLineEdit>(&wizard, "endpointEdit_0");
    auto *reason = child<QLabel>(&wizard, "endpointReason_0");
    QCOMPARE(endpoint->placeholderText(), QStringLiteral("uifake://host"));
    typeText(endpoint, QStringLiteral("http://nope"));
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), QStringLiteral("A UI fake URI starts with uifake://"));
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
    // Single-endpoint types offer no second field.
    QVERIFY(!child<QPushButton>(&wizard, "addEndpointButton")->isVisible());
    typeText(endpoint, QStringLiteral("uifake://lab"));
    QVERIFY(!reason->isVisible());
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
    QTest::mouseClick(button(wizard, QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ProviderWizard::CredentialsPage));

    // Optional for this type.
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
    QTest::mouseClick(button(wizard, QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ProviderWizard::VerifyPage));

    // Verification runs off the GUI thread: busy first, then the summary.
    QSignalSpy verified(&wizard, &ProviderWizard::verifyFinished);
    QVERIFY(child<QProgressBar>(&wizard, "verifyBusy")->isVisible());
    QVERIFY(!button(wizard, QWizard::FinishButton)->isEnabled());
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.first().at(0).toBool(), true);
    QVERIFY(!child<QProgressBar>(&wizard, "verifyBusy")->isVisible());
    QCOMPARE(child<QLabel>(&wizard, "verifyStatus")->text(),
             QStringLiteral("Connected: 1 host, 1 VM."));
    QVERIFY(button(wizard, QWizard::FinishButton)->isEnabled());

    QTest::mouseClick(button(wizard, QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    const auto row = ProviderStore::providerByName(QStringLiteral("lab"));
    QVERIFY(row);
    QCOMPARE(row->type, QStringLiteral("uifake"));
    QCOMPARE(saved.first().at(0).toLongLong(), row->id);
    const QList<ManagerRow> managers = ProviderStore::managersOf(row->id);
    QCOMPARE(managers.size(), 1);
    QCOMPARE(managers.front().endpoints, QStringList{QStringLiteral("uifake://lab")});
    QVERIFY(managers.front().credentialKey.isEmpty());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

void tst_ProviderWizard::verifyFailureIsExplained()
{
    ProviderWizard wizard(nullptr);
    QSignalSpy saved(&wizard, &ProviderWizard::providerSaved);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    selectType(wizard, QStringLiteral("UI Fake"));
    wizard.next();
    typeText(child<QLineEdit>(&wizard, "nameEdit"), QStringLiteral("offline"));
    wizard.next();
    typeText(child<QLineEdit>(&wizard, "endpointEdit_0"), QStringLiteral("uifake://down"));
    wizard.next();
    QSignalSpy verified(&wizard, &ProviderWizard::verifyFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ProviderWizard::VerifyPage));
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.first().at(0).toBool(), false);
    const QString status = child<QLabel>(&wizard, "verifyStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("connection refused")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Check that the host is running")), qPrintable(status));
    QVERIFY(!button(wizard, QWizard::FinishButton)->isEnabled());
    QVERIFY(child<QPushButton>(&wizard, "verifyRetryButton")->isVisible());

    // Try again: same answer, still explained.
    QTest::mouseClick(child<QPushButton>(&wizard, "verifyRetryButton"), Qt::LeftButton);
    QVERIFY(child<QProgressBar>(&wizard, "verifyBusy")->isVisible());
    QVERIFY(verified.wait(30000));

    // The operator may still add it, knowingly.
    auto *anyway = child<QCheckBox>(&wizard, "saveAnywayCheck");
    QVERIFY(anyway->isVisible());
    QTest::mouseClick(anyway, Qt::LeftButton, {}, QPoint(5, anyway->height() / 2));
    QVERIFY(anyway->isChecked());
    QVERIFY(button(wizard, QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(button(wizard, QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QVERIFY(ProviderStore::providerByName(QStringLiteral("offline")));
}

void tst_ProviderWizard::multipleEndpointsAndRequiredCredentials()
{
    ProviderWizard wizard(nullptr);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    selectType(wizard, QStringLiteral("UI Fake Cluster"));
    wizard.next();
    typeText(child<QLineEdit>(&wizard, "nameEdit"), QStringLiteral("cluster"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ProviderWizard::EndpointPage));

    auto *editor = child<EndpointListEditor>(&wizard, "endpointListEditor");
    auto *add = child<QPushButton>(&wizard, "addEndpointButton");
    QVERIFY(add->isVisible());
    typeText(editor->field(0), QStringLiteral("uifake://a"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(editor->fieldCount(), 2);
    QCOMPARE(QApplication::focusWidget(), editor->field(1));
    typeText(editor->field(1), QStringLiteral("uifake://"));
    QCOMPARE(editor->reason(1), QStringLiteral("The URI names no host."));
    QVERIFY(editor->reason(0).isEmpty());
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
    typeText(editor->field(1), QStringLiteral("uifake://b"));
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
    QCOMPARE(editor->endpoints(),
             (QStringList{QStringLiteral("uifake://a"), QStringLiteral("uifake://b")}));
    QCOMPARE(wizard.spec().endpoints, editor->endpoints());

    // Removing one keeps the other.
    QTest::mouseClick(child<QToolButton>(&wizard, "removeEndpoint_1"), Qt::LeftButton);
    QCOMPARE(editor->fieldCount(), 1);
    QCOMPARE(editor->endpoints(), QStringList{QStringLiteral("uifake://a")});

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ProviderWizard::CredentialsPage));
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
    typeText(child<QLineEdit>(&wizard, "userEdit"), QStringLiteral("admin"));
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
    typeText(child<QLineEdit>(&wizard, "passwordEdit"), QStringLiteral("secret"));
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
    QCOMPARE(child<QLineEdit>(&wizard, "passwordEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(wizard.spec().credentials.user, QStringLiteral("admin"));
}

void tst_ProviderWizard::editIsPrefilledAndUpdates()
{
    ProviderSpec spec;
    spec.name = QStringLiteral("old name");
    spec.type = QStringLiteral("uifake");
    spec.endpoints = {QStringLiteral("uifake://old")};
    QString error;
    const auto id = ProviderStore::addProvider(spec, &error);
    QVERIFY2(id, qPrintable(error));

    ProviderWizard wizard(nullptr, *id);
    QVERIFY(wizard.isEditing());
    QCOMPARE(wizard.windowTitle(), QStringLiteral("Edit Provider"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ProviderWizard::NamePage));
    auto *name = child<QLineEdit>(&wizard, "nameEdit");
    QCOMPARE(name->text(), QStringLiteral("old name"));
    // Its own name is not a duplicate.
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
    typeText(name, QStringLiteral("new name"));
    wizard.next();
    auto *endpoint = child<QLineEdit>(&wizard, "endpointEdit_0");
    QCOMPARE(endpoint->text(), QStringLiteral("uifake://old"));
    typeText(endpoint, QStringLiteral("uifake://new"));
    wizard.next();
    QSignalSpy verified(&wizard, &ProviderWizard::verifyFinished);
    wizard.next();
    QVERIFY(verified.wait(30000));
    QTest::mouseClick(button(wizard, QWizard::FinishButton), Qt::LeftButton);
    const QList<ManagerRow> managers = ProviderStore::managersOf(*id);
    QCOMPARE(managers.size(), 1);
    QCOMPARE(managers.front().providerName, QStringLiteral("new name"));
    QCOMPARE(managers.front().endpoints, QStringList{QStringLiteral("uifake://new")});
}

bool tst_ProviderWizard::startVcsim()
{
    QString error;
    m_vcsim = std::make_unique<Vantage::Testing::VcsimProcess>();
    if (!m_vcsim->start({QStringLiteral("-host"), QStringLiteral("1"), QStringLiteral("-vm"),
                         QStringLiteral("1")},
                        &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const QSslCertificate certificate =
        QSslCertificate::fromPath(m_vcsim->certificatePath()).value(0);
    m_vcsimSha256 =
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    return !certificate.isNull();
}

void tst_ProviderWizard::answerTrustConfirmation(bool trust)
{
    m_confirmationProblems.clear();
    m_confirmationText.clear();
    QTimer::singleShot(0, this, [this, trust] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            m_confirmationProblems << QStringLiteral("no confirmation shown");
            return;
        }
        m_confirmationProblems = unnamedControls(box);
        m_confirmationText = box->text() + u'\n' + box->informativeText();
        box->findChild<QPushButton *>(trust ? QStringLiteral("trustButton")
                                            : QStringLiteral("cancelTrustButton"))
            ->click();
    });
}

void tst_ProviderWizard::untrustedCertificateIsPinnedOnlyWhenAccepted()
{
    QVERIFY(startVcsim());
    ProviderWizard wizard(nullptr);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    selectType(wizard, QStringLiteral("VMware vSphere"));
    wizard.next();
    typeText(child<QLineEdit>(&wizard, "nameEdit"), QStringLiteral("vcenter"));
    wizard.next();
    typeText(child<QLineEdit>(&wizard, "endpointEdit_0"), m_vcsim->url().toString());
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
    wizard.next();
    typeText(child<QLineEdit>(&wizard, "userEdit"), QStringLiteral("user"));
    typeText(child<QLineEdit>(&wizard, "passwordEdit"), QStringLiteral("pass"));
    QSignalSpy verified(&wizard, &ProviderWizard::verifyFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ProviderWizard::VerifyPage));
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.takeFirst().at(0).toBool(), false);

    // The fingerprint to compare, selectable, and Finish off until it is trusted.
    auto *fingerprint = child<QLabel>(&wizard, "certificateFingerprint");
    QVERIFY(fingerprint->isVisible());
    QCOMPARE(fingerprint->text(), m_vcsimSha256);
    QVERIFY(fingerprint->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(child<QLabel>(&wizard, "certificateHint")
                ->text()
                .contains(QStringLiteral("Trust it only if they match.")));
    QVERIFY(!child<QLabel>(&wizard, "certificateChangedReason")->isVisible());
    QVERIFY(!button(wizard, QWizard::FinishButton)->isEnabled());
    auto *trust = child<QPushButton>(&wizard, "trustCertificateButton");
    QVERIFY(trust->isVisible());
    QVERIFY(trust->text().contains(u'&'));
    QVERIFY(unnamedControls(&wizard).isEmpty());

    // Cancelling the confirmation trusts nothing and checks nothing again.
    answerTrustConfirmation(false);
    QTest::mouseClick(trust, Qt::LeftButton);
    QVERIFY2(m_confirmationProblems.isEmpty(), qPrintable(m_confirmationProblems.join(u'\n')));
    QVERIFY2(m_confirmationText.contains(m_vcsimSha256), qPrintable(m_confirmationText));
    QVERIFY(!wizard.spec().options.contains(QLatin1StringView(ManagerOption::TlsPinSha256)));
    QVERIFY(!child<QProgressBar>(&wizard, "verifyBusy")->isVisible());
    QVERIFY(fingerprint->isVisible());
    QVERIFY(!button(wizard, QWizard::FinishButton)->isEnabled());
    QCOMPARE(verified.count(), 0);

    // Accepting it pins it and verifies again, now successfully.
    answerTrustConfirmation(true);
    QTest::mouseClick(trust, Qt::LeftButton);
    QVERIFY2(m_confirmationProblems.isEmpty(), qPrintable(m_confirmationProblems.join(u'\n')));
    QCOMPARE(wizard.spec().options.value(QLatin1StringView(ManagerOption::TlsPinSha256)).toString(),
             m_vcsimSha256);
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.takeFirst().at(0).toBool(), true);
    QVERIFY(!fingerprint->isVisible());
    QVERIFY(child<QLabel>(&wizard, "verifyStatus")->text().startsWith(u"Connected: "));
    QVERIFY(button(wizard, QWizard::FinishButton)->isEnabled());

    QTest::mouseClick(button(wizard, QWizard::FinishButton), Qt::LeftButton);
    const auto row = ProviderStore::providerByName(QStringLiteral("vcenter"));
    QVERIFY(row);
    const QList<ManagerRow> managers = ProviderStore::managersOf(row->id);
    QCOMPARE(managers.size(), 1);
    QCOMPARE(
        managers.front().options.value(QLatin1StringView(ManagerOption::TlsPinSha256)).toString(),
        m_vcsimSha256);
    QVERIFY(!managers.front().credentialKey.isEmpty());
}

void tst_ProviderWizard::changedCertificateIsWarnedAbout()
{
    QVERIFY(startVcsim());
    // A manager whose stored pin is not the certificate the server shows now.
    QString stale = m_vcsimSha256;
    stale.replace(0, 2, stale.startsWith(u"00") ? QStringLiteral("11") : QStringLiteral("00"));
    ProviderSpec spec;
    spec.name = QStringLiteral("vcenter");
    spec.type = QStringLiteral("vmware");
    spec.endpoints = {m_vcsim->url().toString()};
    spec.credentials = {QStringLiteral("user"), QStringLiteral("pass")};
    spec.options = {{QLatin1StringView(ManagerOption::TlsPinSha256), stale},
                    {QStringLiteral("other"), QStringLiteral("kept")}};
    QString error;
    const auto id = ProviderStore::addProvider(spec, &error);
    QVERIFY2(id, qPrintable(error));

    ProviderWizard wizard(nullptr, *id);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    wizard.next();
    QSignalSpy verified(&wizard, &ProviderWizard::verifyFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ProviderWizard::VerifyPage));
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.takeFirst().at(0).toBool(), false);
    QCOMPARE(child<QLabel>(&wizard, "certificateFingerprint")->text(), m_vcsimSha256);
    QVERIFY(child<QLabel>(&wizard, "certificateChangedReason")->isVisible());

    answerTrustConfirmation(true);
    QTest::mouseClick(child<QPushButton>(&wizard, "trustCertificateButton"), Qt::LeftButton);
    QVERIFY2(m_confirmationText.contains(QStringLiteral("has changed")),
             qPrintable(m_confirmationText));
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.takeFirst().at(0).toBool(), true);
    QTest::mouseClick(button(wizard, QWizard::FinishButton), Qt::LeftButton);
    const QList<ManagerRow> managers = ProviderStore::managersOf(*id);
    QCOMPARE(managers.size(), 1);
    QCOMPARE(
        managers.front().options.value(QLatin1StringView(ManagerOption::TlsPinSha256)).toString(),
        m_vcsimSha256);
    QCOMPARE(managers.front().options.value(QStringLiteral("other")).toString(),
             QStringLiteral("kept"));
}

void tst_ProviderWizard::everyControlIsNamed()
{
    // Page by page, with as much on screen as each can show: two endpoints, a failed check.
    ProviderWizard wizard(nullptr);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto audit = [&wizard] {
        const QStringList problems = unnamedControls(&wizard);
        if (!problems.isEmpty())
            qWarning("page %d:\n%s", wizard.currentId(), qPrintable(problems.join(u'\n')));
        return problems.isEmpty();
    };
    QVERIFY(audit());
    selectType(wizard, QStringLiteral("UI Fake Cluster"));
    wizard.next();
    typeText(child<QLineEdit>(&wizard, "nameEdit"), QStringLiteral("cluster"));
    QVERIFY(audit());
    wizard.next();
    QTest::mouseClick(child<QPushButton>(&wizard, "addEndpointButton"), Qt::LeftButton);
    auto *editor = child<EndpointListEditor>(&wizard, "endpointListEditor");
    typeText(editor->field(0), QStringLiteral("uifake://down"));
    typeText(editor->field(1), QStringLiteral("nope"));
    QVERIFY(audit());
    typeText(editor->field(1), QStringLiteral("uifake://down2"));
    wizard.next();
    typeText(child<QLineEdit>(&wizard, "userEdit"), QStringLiteral("admin"));
    typeText(child<QLineEdit>(&wizard, "passwordEdit"), QStringLiteral("secret"));
    QVERIFY(audit());
    QSignalSpy verified(&wizard, &ProviderWizard::verifyFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ProviderWizard::VerifyPage));
    QVERIFY(audit());
    QVERIFY(verified.wait(30000));
    QVERIFY(child<QPushButton>(&wizard, "verifyRetryButton")->isVisible());
    QVERIFY(audit());
}

QTEST_MAIN(tst_ProviderWizard)
#include "tst_providerwizard.moc"
