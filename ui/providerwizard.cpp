#include "ui/providerwizard.h"

#include "core/database.h"
#include "core/providerregistry.h"
#include "core/supervisor.h"
#include "ui/accessiblenames.h"
#include "ui/endpointlisteditor.h"
#include "ui/fieldreason.h"

#include <QApplication>
#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <QWizardPage>

namespace Vantage {

namespace {

constexpr int TypeIdRole = Qt::UserRole + 1;

class TypeSelectPage final : public QWizardPage
{
public:
    explicit TypeSelectPage(QWidget *parent) : QWizardPage(parent)
    {
        setObjectName(QStringLiteral("typePage"));
        setTitle(ProviderWizard::tr("Provider Type"));
        setSubTitle(ProviderWizard::tr("What kind of system do you want Vantage to inventory?"));
        auto *layout = new QVBoxLayout(this);
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("typeList"));
        m_list->setAccessibleName(ProviderWizard::tr("Provider type"));
        AccessibleNames::nameViewParts(m_list);
        for (const ProviderType *type : ProviderRegistry::instance().types()) {
            auto *item = new QListWidgetItem(type->displayName(), m_list);
            item->setData(TypeIdRole, type->id());
            item->setToolTip(type->endpointDescription().placeholder);
        }
        if (m_list->count() > 0)
            m_list->setCurrentRow(0);
        connect(m_list, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
        connect(m_list, &QListWidget::itemActivated, this, [this] {
            if (isComplete())
                wizard()->next();
        });
        layout->addWidget(m_list);
        if (m_list->count() == 0) {
            auto *none = new QLabel(ProviderWizard::tr("No provider types are available in this "
                                                       "build of Vantage."),
                                    this);
            none->setWordWrap(true);
            layout->addWidget(none);
        }
    }

    bool isComplete() const override { return m_list->currentItem() != nullptr; }

    QString typeId() const
    {
        return m_list->currentItem() ? m_list->currentItem()->data(TypeIdRole).toString()
                                     : m_fixedType;
    }

    // Editing keeps the type: the page is skipped, and the type answers from here.
    void fixType(const QString &typeId)
    {
        m_fixedType = typeId;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(TypeIdRole).toString() == typeId)
                m_list->setCurrentRow(i);
        }
    }

private:
    QListWidget *m_list = nullptr;
    QString m_fixedType;
};

class NameEditPage final : public QWizardPage
{
public:
    explicit NameEditPage(QWidget *parent) : QWizardPage(parent)
    {
        setObjectName(QStringLiteral("namePage"));
        setTitle(ProviderWizard::tr("Name"));
        setSubTitle(ProviderWizard::tr("How the provider is called in the inventory."));
        auto *layout = new QFormLayout(this);
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(QStringLiteral("nameEdit"));
        m_edit->setAccessibleName(ProviderWizard::tr("Provider name"));
        m_edit->setClearButtonEnabled(true);
        AccessibleNames::nameLineEditButtons(m_edit);
        m_edit->setMaxLength(200);
        auto *label = new QLabel(ProviderWizard::tr("&Name:"), this);
        label->setBuddy(m_edit);
        layout->addRow(label, m_edit);
        m_reason = FieldReason::label(QStringLiteral("nameReason"),
                                      ProviderWizard::tr("Name problem"), this);
        layout->addRow(QString(), m_reason);
        registerField(QStringLiteral("name*"), m_edit);
        connect(m_edit, &QLineEdit::textChanged, this, [this] {
            validate();
            emit completeChanged();
        });
    }

    void initializePage() override
    {
        auto *w = static_cast<ProviderWizard *>(wizard());
        if (m_edit->text().isEmpty() && w->isEditing() && !m_prefilled) {
            m_prefilled = true;
            m_edit->setText(w->editedManager() ? w->editedManager()->providerName : QString());
        }
        validate();
    }

    bool isComplete() const override
    {
        return !m_edit->text().trimmed().isEmpty() && m_reason->text().isEmpty();
    }

private:
    void validate()
    {
        const QString name = m_edit->text().trimmed();
        QString problem;
        if (!name.isEmpty()) {
            const auto *w = static_cast<ProviderWizard *>(wizard());
            const auto existing = ProviderStore::providerByName(name);
            if (existing && (!w || existing->id != w->providerId()))
                problem = ProviderWizard::tr("A provider named “%1” already exists. Choose "
                                             "another name.")
                              .arg(name);
        }
        FieldReason::set(m_reason, problem);
    }

    QLineEdit *m_edit = nullptr;
    QLabel *m_reason = nullptr;
    bool m_prefilled = false;
};

class EndpointsPage final : public QWizardPage
{
public:
    explicit EndpointsPage(QWidget *parent) : QWizardPage(parent)
    {
        setObjectName(QStringLiteral("endpointPage"));
        setTitle(ProviderWizard::tr("Endpoint"));
        auto *layout = new QVBoxLayout(this);
        m_editor = new EndpointListEditor(this);
        layout->addWidget(m_editor);
        connect(m_editor, &EndpointListEditor::changed, this, &QWizardPage::completeChanged);
    }

    void initializePage() override
    {
        auto *w = static_cast<ProviderWizard *>(wizard());
        const ProviderType *type = w->selectedType();
        if (!type)
            return;
        const EndpointDescription description = type->endpointDescription();
        setSubTitle(description.multiple
                        ? ProviderWizard::tr("Where Vantage reaches the manager: one %1 or "
                                             "several, each checked as you type.")
                              .arg(description.label)
                        : ProviderWizard::tr("Where Vantage reaches the manager: its %1, checked "
                                             "as you type.")
                              .arg(description.label));
        m_editor->setLabel(description.label);
        m_editor->setPlaceholder(description.placeholder);
        m_editor->setMultiple(description.multiple);
        m_editor->setValidator(
            [type](const QString &endpoint) { return type->validateEndpoint(endpoint); });
        if (!m_prefilled && w->isEditing() && w->editedManager()) {
            m_prefilled = true;
            m_editor->setEndpoints(w->editedManager()->endpoints);
        }
    }

    bool isComplete() const override { return m_editor->isValid(); }

    EndpointListEditor *editor() const { return m_editor; }

private:
    EndpointListEditor *m_editor = nullptr;
    bool m_prefilled = false;
};

class CredentialsEditPage final : public QWizardPage
{
public:
    explicit CredentialsEditPage(QWidget *parent) : QWizardPage(parent)
    {
        setObjectName(QStringLiteral("credentialsPage"));
        setTitle(ProviderWizard::tr("Credentials"));
        auto *layout = new QFormLayout(this);
        m_note = new QLabel(this);
        m_note->setObjectName(QStringLiteral("credentialsNote"));
        m_note->setWordWrap(true);
        layout->addRow(m_note);
        m_user = new QLineEdit(this);
        m_user->setObjectName(QStringLiteral("userEdit"));
        m_user->setAccessibleName(ProviderWizard::tr("User name"));
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_password->setAccessibleName(ProviderWizard::tr("Password"));
        m_password->setEchoMode(QLineEdit::Password);
        auto *userLabel = new QLabel(ProviderWizard::tr("&User:"), this);
        userLabel->setBuddy(m_user);
        auto *passwordLabel = new QLabel(ProviderWizard::tr("&Password:"), this);
        passwordLabel->setBuddy(m_password);
        layout->addRow(userLabel, m_user);
        layout->addRow(passwordLabel, m_password);
        auto *keyring = new QLabel(ProviderWizard::tr("Credentials are kept in the system keyring, "
                                                      "never in Vantage's database or logs."),
                                   this);
        keyring->setWordWrap(true);
        keyring->setForegroundRole(QPalette::PlaceholderText);
        layout->addRow(keyring);
        registerField(QStringLiteral("user"), m_user);
        registerField(QStringLiteral("password"), m_password);
        connect(m_user, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_password, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    void initializePage() override
    {
        auto *w = static_cast<ProviderWizard *>(wizard());
        const ProviderType *type = w->selectedType();
        const bool needed = type && type->endpointDescription().needsCredentials;
        const bool stored =
            w->isEditing() && w->editedManager() && !w->editedManager()->credentialKey.isEmpty();
        if (stored) {
            setSubTitle(ProviderWizard::tr("Leave both fields empty to keep the stored "
                                           "credentials."));
        } else if (needed) {
            setSubTitle(ProviderWizard::tr("This provider type needs a user and a password."));
        } else {
            setSubTitle(ProviderWizard::tr("Optional: only if the endpoint asks for them."));
        }
        m_note->setVisible(false);
    }

    bool isComplete() const override
    {
        auto *w = static_cast<ProviderWizard *>(wizard());
        const ProviderType *type = w ? w->selectedType() : nullptr;
        const bool needed = type && type->endpointDescription().needsCredentials;
        const bool stored = w && w->isEditing() && w->editedManager() &&
                            !w->editedManager()->credentialKey.isEmpty();
        if (needed && !stored)
            return !m_user->text().isEmpty() && !m_password->text().isEmpty();
        return true;
    }

private:
    QLabel *m_note = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
};

class VerifyResultPage final : public QWizardPage
{
public:
    explicit VerifyResultPage(QWidget *parent) : QWizardPage(parent)
    {
        setObjectName(QStringLiteral("verifyPage"));
        setTitle(ProviderWizard::tr("Verify"));
        setSubTitle(ProviderWizard::tr("Vantage connects to the manager and reads a little of "
                                       "its inventory."));
        auto *layout = new QVBoxLayout(this);
        m_status = new QLabel(this);
        m_status->setObjectName(QStringLiteral("verifyStatus"));
        m_status->setAccessibleName(ProviderWizard::tr("Verification result"));
        m_status->setWordWrap(true);
        m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(m_status);
        m_busy = new QProgressBar(this);
        m_busy->setObjectName(QStringLiteral("verifyBusy"));
        m_busy->setAccessibleName(ProviderWizard::tr("Verifying"));
        m_busy->setRange(0, 0);
        m_busy->setTextVisible(false);
        layout->addWidget(m_busy);
        m_retry = new QPushButton(ProviderWizard::tr("&Try Again"), this);
        m_retry->setObjectName(QStringLiteral("verifyRetryButton"));
        m_retry->setAccessibleName(ProviderWizard::tr("Verify again"));
        m_retry->hide();
        connect(m_retry, &QPushButton::clicked, this, [this] { start(); });
        auto *row = new QHBoxLayout;
        row->addWidget(m_retry);
        row->addStretch(1);
        layout->addLayout(row);
        m_saveAnyway = new QCheckBox(ProviderWizard::tr("&Save anyway; its inventory stays empty "
                                                        "until it can be reached"),
                                     this);
        m_saveAnyway->setObjectName(QStringLiteral("saveAnywayCheck"));
        m_saveAnyway->setAccessibleName(ProviderWizard::tr("Save without verification"));
        m_saveAnyway->hide();
        connect(m_saveAnyway, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        layout->addWidget(m_saveAnyway);
        addCertificateBox(layout);
        m_saveError = FieldReason::label(QStringLiteral("saveError"),
                                         ProviderWizard::tr("Save problem"), this);
        layout->addWidget(m_saveError);
        layout->addStretch(1);
    }

    void initializePage() override { start(); }
    void cleanupPage() override
    {
        // Going back abandons the running check: its answer is for settings about to change.
        ++m_generation;
        m_running = false;
    }

    bool isComplete() const override { return !m_running && (m_ok || m_saveAnyway->isChecked()); }

    bool isRunning() const { return m_running; }
    void showSaveError(const QString &error) { FieldReason::set(m_saveError, error); }

private:
    void start()
    {
        auto *w = static_cast<ProviderWizard *>(wizard());
        const ProviderType *type = w->selectedType();
        if (!type)
            return;
        const int generation = ++m_generation;
        m_running = true;
        m_ok = false;
        m_busy->show();
        m_retry->hide();
        m_certificateBox->hide();
        m_saveAnyway->hide();
        m_saveAnyway->setChecked(false);
        showSaveError({});
        m_status->setStyleSheet({});
        m_status->setText(ProviderWizard::tr("Connecting to %1…")
                              .arg(w->spec().endpoints.join(QStringLiteral(", "))));
        emit completeChanged();

        const ProviderSpec spec = w->spec();
        ManagerConfig config = spec.toConfig();
        // Editing with the credential fields left empty verifies with the stored ones, read in
        // the worker thread because the keyring blocks until it answers.
        std::optional<ManagerRow> stored;
        if (spec.credentials.isEmpty() && w->editedManager() &&
            !w->editedManager()->credentialKey.isEmpty())
            stored = w->editedManager();

        QPointer<VerifyResultPage> guard(this);
        QThread *thread = QThread::create([guard, generation, type, config, stored]() mutable {
            if (stored) {
                QString error;
                if (const auto full = ProviderStore::configFor(*stored, &error))
                    config.credentials = full->credentials;
            }
            const VerifyResult result = type->verify(config);
            Database::closeThreadConnection();
            QMetaObject::invokeMethod(
                qApp,
                [guard, generation, result] {
                    if (guard)
                        guard->finish(generation, result);
                },
                Qt::QueuedConnection);
        });
        thread->setObjectName(QStringLiteral("verify"));
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    }

    void finish(int generation, const VerifyResult &result)
    {
        if (generation != m_generation)
            return;
        m_running = false;
        m_ok = result.ok;
        m_busy->hide();
        if (result.ok) {
            m_status->setStyleSheet(QStringLiteral("color: #2e7d32;"));
            m_status->setText(result.summary.isEmpty()
                                  ? ProviderWizard::tr("Connected. Click Finish to add it.")
                                  : ProviderWizard::tr("Connected: %1.").arg(result.summary));
        } else {
            m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
            QString text = result.error.message.isEmpty()
                               ? ProviderWizard::tr("The manager could not be verified.")
                               : result.error.message;
            if (!result.error.hint.isEmpty())
                text += u"\n\n" + result.error.hint;
            m_status->setText(text);
            m_retry->show();
            m_saveAnyway->show();
            showCertificate(result.error);
        }
        emit completeChanged();
        emit static_cast<ProviderWizard *>(wizard())->verifyFinished(result.ok);
    }

    // An untrusted certificate: its fingerprint to compare, and the button that pins it.
    void addCertificateBox(QVBoxLayout *layout)
    {
        m_certificateBox = new QWidget(this);
        m_certificateBox->setObjectName(QStringLiteral("certificateBox"));
        auto *box = new QVBoxLayout(m_certificateBox);
        box->setContentsMargins({});
        auto *caption = new QLabel(ProviderWizard::tr("SHA-256 fingerprint of the certificate:"),
                                   m_certificateBox);
        box->addWidget(caption);
        m_fingerprint = new QLabel(m_certificateBox);
        m_fingerprint->setObjectName(QStringLiteral("certificateFingerprint"));
        m_fingerprint->setAccessibleName(ProviderWizard::tr("Certificate SHA-256 fingerprint"));
        m_fingerprint->setWordWrap(true);
        m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                               Qt::TextSelectableByKeyboard);
        box->addWidget(m_fingerprint);
        m_certificateChanged =
            FieldReason::label(QStringLiteral("certificateChangedReason"),
                               ProviderWizard::tr("Certificate changed warning"), m_certificateBox);
        box->addWidget(m_certificateChanged);
        auto *compare = new QLabel(ProviderWizard::tr("Compare it with the fingerprint vCenter "
                                                      "shows (vSphere Client → Administration → "
                                                      "Certificates). Trust it only if they "
                                                      "match."),
                                   m_certificateBox);
        compare->setObjectName(QStringLiteral("certificateHint"));
        compare->setWordWrap(true);
        box->addWidget(compare);
        m_trust = new QPushButton(ProviderWizard::tr("T&rust This Certificate"), m_certificateBox);
        m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
        m_trust->setAccessibleName(ProviderWizard::tr("Trust this certificate"));
        connect(m_trust, &QPushButton::clicked, this, [this] { confirmTrust(); });
        auto *row = new QHBoxLayout;
        row->addWidget(m_trust);
        row->addStretch(1);
        box->addLayout(row);
        m_certificateBox->hide();
        layout->addWidget(m_certificateBox);
    }

    void showCertificate(const ProviderError &error)
    {
        m_offeredSha256 = error.certificateSha256;
        m_offeredChanged = error.certificateChanged;
        m_fingerprint->setText(m_offeredSha256);
        FieldReason::set(m_certificateChanged,
                         m_offeredChanged
                             ? ProviderWizard::tr("This is not the certificate trusted before.")
                             : QString());
        m_certificateBox->setVisible(!m_offeredSha256.isEmpty());
    }

    void confirmTrust()
    {
        auto *w = static_cast<ProviderWizard *>(wizard());
        const QString where = w->spec().endpoints.join(QStringLiteral(", "));
        QMessageBox ask(this);
        ask.setObjectName(QStringLiteral("trustCertificateConfirmation"));
        ask.setWindowTitle(ProviderWizard::tr("Trust Certificate"));
        ask.setAccessibleName(ask.windowTitle());
        if (m_offeredChanged) {
            ask.setIcon(QMessageBox::Warning);
            ask.setText(ProviderWizard::tr("The certificate of %1 has changed since it was "
                                           "trusted. Trust the new certificate with the SHA-256 "
                                           "fingerprint %2?")
                            .arg(where, m_offeredSha256));
            ask.setInformativeText(ProviderWizard::tr(
                "Unless the certificate was replaced on purpose, someone may be intercepting the "
                "connection and would see the password. Ask the vCenter administrator before you "
                "trust it."));
        } else {
            ask.setIcon(QMessageBox::Question);
            ask.setText(ProviderWizard::tr("Trust the certificate of %1 with the SHA-256 "
                                           "fingerprint %2?")
                            .arg(where, m_offeredSha256));
            ask.setInformativeText(ProviderWizard::tr(
                "Vantage will then connect only while the server shows exactly this "
                "certificate. Trust it only if vCenter shows the same fingerprint."));
        }
        auto *trust = ask.addButton(ProviderWizard::tr("&Trust"), QMessageBox::AcceptRole);
        trust->setObjectName(QStringLiteral("trustButton"));
        trust->setAccessibleName(ProviderWizard::tr("Trust the certificate"));
        auto *cancel = ask.addButton(QMessageBox::Cancel);
        cancel->setObjectName(QStringLiteral("cancelTrustButton"));
        cancel->setAccessibleName(ProviderWizard::tr("Do not trust the certificate"));
        ask.setDefaultButton(cancel);
        ask.exec();
        if (ask.clickedButton() != trust)
            return;
        w->setManagerOption(QLatin1StringView(ManagerOption::TlsPinSha256), m_offeredSha256);
        start();
    }

    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_retry = nullptr;
    QCheckBox *m_saveAnyway = nullptr;
    QLabel *m_saveError = nullptr;
    QWidget *m_certificateBox = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_certificateChanged = nullptr;
    QPushButton *m_trust = nullptr;
    QString m_offeredSha256;
    bool m_offeredChanged = false;
    int m_generation = 0;
    bool m_running = false;
    bool m_ok = false;
};

} // namespace

ProviderWizard::ProviderWizard(Supervisor *supervisor, QWidget *parent)
    : QWizard(parent), m_supervisor(supervisor)
{
    setUp();
}

ProviderWizard::ProviderWizard(Supervisor *supervisor, qint64 providerId, QWidget *parent)
    : QWizard(parent), m_supervisor(supervisor), m_editedId(providerId)
{
    for (const ProviderRow &row : ProviderStore::providers()) {
        if (row.id == providerId)
            m_editedProvider = row;
    }
    const QList<ManagerRow> managers = ProviderStore::managersOf(providerId);
    if (!managers.isEmpty())
        m_editedManager = managers.front();
    setUp();
}

void ProviderWizard::setUp()
{
    setObjectName(QStringLiteral("providerWizard"));
    setWindowTitle(isEditing() ? tr("Edit Provider") : tr("Add Provider"));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(TypePage, new TypeSelectPage(this));
    setPage(NamePage, new NameEditPage(this));
    setPage(EndpointPage, new EndpointsPage(this));
    setPage(CredentialsPage, new CredentialsEditPage(this));
    setPage(VerifyPage, new VerifyResultPage(this));
    for (auto [which, name] : {std::pair{NextButton, "nextButton"},
                               {BackButton, "backButton"},
                               {CommitButton, "commitButton"},
                               {FinishButton, "finishButton"},
                               {CancelButton, "cancelButton"},
                               {HelpButton, "helpButton"}}) {
        button(which)->setObjectName(QLatin1String(name));
        button(which)->setAccessibleName(
            buttonText(which).remove(u'&').remove(u'<').remove(u'>').trimmed());
    }
    if (isEditing()) {
        static_cast<TypeSelectPage *>(page(TypePage))
            ->fixType(m_editedProvider ? m_editedProvider->type : QString());
        setStartId(NamePage);
    }
    resize(560, 420);
}

int ProviderWizard::nextId() const
{
    switch (currentId()) {
    case TypePage:
        return NamePage;
    case NamePage:
        return EndpointPage;
    case EndpointPage:
        return CredentialsPage;
    case CredentialsPage:
        return VerifyPage;
    default:
        return -1;
    }
}

void ProviderWizard::setManagerOption(const QString &key, const QVariant &value)
{
    m_options.insert(key, value);
}

const ProviderType *ProviderWizard::selectedType() const
{
    const auto *typePage = static_cast<const TypeSelectPage *>(page(TypePage));
    return ProviderRegistry::instance().find(typePage->typeId());
}

ProviderSpec ProviderWizard::spec() const
{
    ProviderSpec spec;
    spec.name = field(QStringLiteral("name")).toString().trimmed();
    const ProviderType *type = selectedType();
    spec.type = type ? type->id() : QString();
    spec.endpoints = static_cast<const EndpointsPage *>(page(EndpointPage))->editor()->endpoints();
    if (m_editedManager)
        spec.options = m_editedManager->options;
    spec.options.insert(m_options);
    spec.credentials.user = field(QStringLiteral("user")).toString();
    spec.credentials.password = field(QStringLiteral("password")).toString();
    return spec;
}

void ProviderWizard::accept()
{
    auto *verify = static_cast<VerifyResultPage *>(page(VerifyPage));
    if (verify->isRunning())
        return;
    const ProviderSpec providerSpec = spec();
    QString error;
    qint64 id = 0;
    if (isEditing()) {
        if (ProviderStore::updateProvider(m_editedId, providerSpec, &error))
            id = m_editedId;
    } else if (const auto added = ProviderStore::addProvider(providerSpec, &error)) {
        id = *added;
    }
    if (id == 0) {
        verify->showSaveError(error.isEmpty() ? tr("The provider could not be saved.") : error);
        return;
    }
    m_savedId = id;
    if (m_supervisor) {
        m_supervisor->syncManagers();
        for (const ManagerRow &manager : ProviderStore::managersOf(id))
            m_supervisor->requestRefresh(manager.id);
    }
    emit providerSaved(id);
    QWizard::accept();
}

} // namespace Vantage
