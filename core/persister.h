#pragma once

#include "core/inventory.h"
#include <QCoreApplication>

#include <QMetaType>
#include <QString>

namespace Vantage {

// What one persist changed, for the status bar, the log and the UI models.
struct InventoryChanges
{
    int inserted = 0;
    int updated = 0;
    int deleted = 0;
    bool any() const { return inserted || updated || deleted; }
    int rowsWritten() const { return inserted + updated + deleted; }
};

// Applies a collection to the database as a difference by ems_ref, in one transaction on this
// thread's connection: new objects inserted, changed ones updated, gone ones deleted. Unchanged
// rows are not written at all.
class Persister
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::Persister)

public:
    explicit Persister(qint64 managerId);

    // False with *error set when nothing was written (the transaction was rolled back).
    bool persist(const InventoryCollection &collection, InventoryChanges *changes, QString *error);

private:
    qint64 m_managerId;
};

} // namespace Vantage

Q_DECLARE_METATYPE(Vantage::InventoryChanges)
