#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Vantage {

// A managed object reference: unique per vCenter, stable for the object's life ("vm-123").
struct VsphereMoref
{
    QString type;
    QString value;
    bool isNull() const { return value.isEmpty(); }
    friend bool operator==(const VsphereMoref &, const VsphereMoref &) = default;
};

// One object of a RetrievePropertiesEx answer: its reference and the values of the properties
// asked for, as a flat tree in document order. A top-level node is one propSet (its name is the
// property path asked for, e.g. "summary.hardware" or "runtime.powerState"); its children are the
// elements of a complex value, or the items of an array ("ManagedObjectReference",
// "VirtualDevice"). Flat so that 10,000 VMs cost a few allocations each, not a DOM.
class VsphereObject final
{
public:
    struct Node
    {
        QString name;
        QString type; // xsi:type, or for a managed object reference the type it refers to
        QString text; // a leaf's value
        qint32 parent = -1;
        qint32 end = 0; // one past the node's last descendant
    };

    VsphereMoref ref;
    QList<Node> nodes;
    QStringList missingPaths; // properties the server could not read (missingSet)

    // The node at a dotted path ("summary.hardware.cpuModel"), whether the server sent it as one
    // property or nested in a shorter one ("summary.hardware" → cpuModel); -1 when absent.
    qsizetype find(QStringView path) const;
    // A leaf's text at a path; empty when absent.
    QString value(QStringView path) const;
    // The direct children of a node, optionally only those named name.
    QList<qsizetype> children(qsizetype node, QStringView name = {}) const;
    // The node's value as a reference (its type and text).
    VsphereMoref refAt(qsizetype node) const;
    // The text of a child of node at a dotted relative path; empty when absent.
    QString childValue(qsizetype node, QStringView relativePath) const;

private:
    qsizetype descend(qsizetype node, QStringView relativePath) const;
};

} // namespace Vantage
