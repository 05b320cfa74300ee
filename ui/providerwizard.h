#pragma once

#include "core/provider.h"
#include "core/providerstore.h"

#include <QPointer>
#include <QWizard>

#include <optional>

namespace Vantage {

class Supervisor;

// Add Provider (and, prefilled, Edit Provider): type, name, endpoints, credentials, then a real
// verification against the manager, run off the GUI thread. Finishing saves through
// ProviderStore, starts the new manager's workers and asks for its first refresh.
class ProviderWizard final : public QWizard
{
    Q_OBJECT

public:
    enum Page { TypePage, NamePage, EndpointPage, CredentialsPage, VerifyPage };
    Q_ENUM(Page)

    explicit ProviderWizard(Supervisor *supervisor, QWidget *parent = nullptr);
    // Edits an existing provider: its type stays, so the wizard starts at the name.
    ProviderWizard(Supervisor *supervisor, qint64 providerId, QWidget *parent = nullptr);

    int nextId() const override;
    void accept() override;

    bool isEditing() const { return m_editedId != 0; }
    // The provider added or edited; 0 until Finish succeeded when adding.
    qint64 providerId() const { return m_savedId ? m_savedId : m_editedId; }
    const ProviderType *selectedType() const;
    // What Finish would save.
    ProviderSpec spec() const;
    // An option chosen in the wizard (a trusted certificate's pin), kept over the edited
    // manager's own options and saved by Finish.
    void setManagerOption(const QString &key, const QVariant &value);
    // The manager being edited, for its stored credentials.
    const std::optional<ManagerRow> &editedManager() const { return m_editedManager; }

signals:
    void providerSaved(qint64 providerId);
    void verifyFinished(bool ok);

private:
    void setUp();

    QPointer<Supervisor> m_supervisor;
    qint64 m_editedId = 0;
    qint64 m_savedId = 0;
    std::optional<ProviderRow> m_editedProvider;
    std::optional<ManagerRow> m_editedManager;
    QVariantMap m_options;
};

} // namespace Vantage
