#include "providers/vmware/inventory/vsphereobject.h"

namespace Vantage {

qsizetype VsphereObject::find(QStringView path) const
{
    for (qsizetype i = 0; i < nodes.size(); i = nodes[i].end) {
        const QString &name = nodes[i].name;
        if (path == name)
            return i;
        if (path.startsWith(name) && path.size() > name.size() && path[name.size()] == u'.') {
            const qsizetype found = descend(i, path.mid(name.size() + 1));
            if (found >= 0)
                return found;
        }
    }
    return -1;
}

QString VsphereObject::value(QStringView path) const
{
    const qsizetype node = find(path);
    return node < 0 ? QString() : nodes[node].text;
}

QList<qsizetype> VsphereObject::children(qsizetype node, QStringView name) const
{
    QList<qsizetype> result;
    if (node < 0 || node >= nodes.size())
        return result;
    for (qsizetype i = node + 1; i < nodes[node].end; i = nodes[i].end) {
        if (name.isEmpty() || nodes[i].name == name)
            result.append(i);
    }
    return result;
}

VsphereMoref VsphereObject::refAt(qsizetype node) const
{
    if (node < 0 || node >= nodes.size())
        return {};
    return {nodes[node].type, nodes[node].text};
}

QString VsphereObject::childValue(qsizetype node, QStringView relativePath) const
{
    const qsizetype found = descend(node, relativePath);
    return found < 0 ? QString() : nodes[found].text;
}

qsizetype VsphereObject::descend(qsizetype node, QStringView relativePath) const
{
    if (node < 0 || node >= nodes.size())
        return -1;
    qsizetype at = node;
    for (const QStringView segment : relativePath.split(u'.')) {
        qsizetype next = -1;
        for (qsizetype i = at + 1; i < nodes[at].end; i = nodes[i].end) {
            if (nodes[i].name == segment) {
                next = i;
                break;
            }
        }
        if (next < 0)
            return -1;
        at = next;
    }
    return at;
}

} // namespace Vantage
