#include "tests/reports/reportfixture.h"

#include "core/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariantList>

namespace Vantage::Testing {

namespace {

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        *error = query.lastError().text() + QStringLiteral(": ") + sql;
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text() + QStringLiteral(": ") + sql;
        return false;
    }
    return true;
}

constexpr qint64 t0 = 1'764'057'600'000; // 2025-11-25T08:00:00Z

} // namespace

QStringList ReportFixture::vmNames()
{
    return {QStringLiteral("web, \"prod\""), QStringLiteral("multi\nline"),
            QStringLiteral("Grüße 虚拟机"),  QStringLiteral("=HYPERLINK(\"http://x\")"),
            QStringLiteral("db-1"),          QStringLiteral("db-2")};
}

bool ReportFixture::populate(QString *error)
{
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery q(db);
    const auto run = [&](const char *sql, const QVariantList &values = {}) {
        return exec(q, QString::fromUtf8(sql), values, error);
    };
    if (!run(
            "INSERT INTO providers (id, name, type, created_at) VALUES (1, 'lab', 'libvirt', 0)") ||
        !run("INSERT INTO managers (id, provider_id, kind, type, name, endpoints) VALUES "
             "(1, 1, 'infra', 'libvirt', 'lab', '[]')") ||
        !run("INSERT INTO clusters (id, manager_id, ems_ref, name) VALUES (1, 1, 'c1', 'east')") ||
        !run("INSERT INTO hosts (id, manager_id, ems_ref, cluster_id, name, cpu_cores, "
             "memory_bytes, power_state) VALUES (1, 1, 'h1', 1, 'alpha', 8, 34359738368, 'on'), "
             "(2, 1, 'h2', NULL, 'beta', 4, 17179869184, 'on')"))
        return false;
    // name, host, power, vcpus, memory GiB, template
    const QList<QVariantList> vms{
        {1, 1, QStringLiteral("running"), 2, 4, 0},
        {2, 1, QStringLiteral("shut off"), 1, 2, 0},
        {3, 2, QStringLiteral("running"), 4, 8, 0},
        {4, 2, QStringLiteral("running"), 8, 16, 1},
        {5, 1, QStringLiteral("running"), 2, 4, 0},
        {6, QVariant(), QStringLiteral("paused"), 1, 1, 0},
    };
    const QStringList names = vmNames();
    for (qsizetype i = 0; i < vms.size(); ++i) {
        const QVariantList &vm = vms.at(i);
        if (!run("INSERT INTO vms (id, manager_id, ems_ref, host_id, name, uuid, power_state, "
                 "vcpus, memory_bytes, os_type, is_template) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, "
                 "'hvm', ?)",
                 {vm.at(0), QStringLiteral("vm-%1").arg(vm.at(0).toInt()), vm.at(1), names.at(i),
                  QStringLiteral("uuid-%1").arg(vm.at(0).toInt()), vm.at(2), vm.at(3),
                  vm.at(4).toLongLong() << 30, vm.at(5)}))
            return false;
    }
    if (!run("INSERT INTO storages (id, manager_id, ems_ref, host_id, name, type, path, "
             "capacity_bytes, allocation_bytes, available_bytes, active) VALUES "
             "(1, 1, 's1', 1, 'default', 'dir', '/var/lib/images', 1000, 400, 600, 1)") ||
        !run("INSERT INTO storage_volumes (manager_id, ems_ref, storage_id, name) VALUES "
             "(1, 'v1', 1, 'a.qcow2'), (1, 'v2', 1, 'b.qcow2')") ||
        !run("INSERT INTO networks (manager_id, ems_ref, host_id, name, bridge, forward_mode, "
             "active) VALUES (1, 'n1', 1, 'default', 'virbr0', 'nat', 1), "
             "(1, 'n2', 2, 'isolated', 'virbr1', NULL, 0)") ||
        !run("INSERT INTO event_stream (manager_id, timestamp, raw_name, event_type, target_kind, "
             "target_name, message) VALUES (1, ?, 'VIR_DOMAIN_EVENT_STARTED', 'vm_started', "
             "'vm', 'db-1', 'started'), (1, ?, 'VIR_DOMAIN_EVENT_STOPPED', 'vm_stopped', 'vm', "
             "'db-2', 'stopped, by \"admin\"')",
             {t0, t0 + 60000}) ||
        !run("INSERT INTO metrics_rollups (manager_id, resource_kind, resource_id, ems_ref, "
             "interval, timestamp, sample_count, cpu_percent_avg, cpu_percent_max) VALUES "
             "(1, 'vm', 5, 'vm-5', 'hourly', ?, 180, 12.5, 40), "
             "(1, 'vm', 5, 'vm-5', 'daily', ?, 4320, 10.25, 55), "
             "(1, 'host', 1, 'h1', 'hourly', ?, 180, 30, 60)",
             {t0, t0, t0}) ||
        !run("INSERT INTO requests (id, request_type, description, requester, manager_id, "
             "approval_state, state, status, created_at, updated_at) VALUES "
             "(1, 'vm_provision', 'New web VM', 'alice', 1, 'approved', 'finished', 'ok', ?, ?), "
             "(2, 'vm_retire', 'Retire db-2', 'bob', 1, 'pending_approval', 'pending', NULL, ?, "
             "?)",
             {t0, t0, t0 + 1000, t0 + 1000}) ||
        !run("INSERT INTO request_tasks (request_id, position, description, state) VALUES "
             "(1, 0, 'Clone', 'finished'), (1, 1, 'Start', 'finished')") ||
        !run("INSERT INTO retirements (manager_id, vm_ems_ref, vm_name, retires_at, warn_days, "
             "state, request_id, created_at) VALUES (1, 'vm-6', 'db-2', ?, 7, 'scheduled', 2, ?)",
             {t0 + 86400000, t0}) ||
        // Two scans of db-1: only the newer one's packages and users are reported.
        !run("INSERT INTO smartstate_scans (id, manager_id, vm_ems_ref, vm_name, started_at, "
             "finished_at, status, os_name) VALUES (1, 1, 'vm-5', 'db-1', ?, ?, 'ok', 'Debian'), "
             "(2, 1, 'vm-5', 'db-1', ?, ?, 'ok', 'Debian')",
             {t0, t0 + 1000, t0 + 5000, t0 + 6000}) ||
        !run("INSERT INTO smartstate_packages (scan_id, name, version, arch, source) VALUES "
             "(1, 'bash', '5.1', 'amd64', 'dpkg'), (2, 'bash', '5.2', 'amd64', 'dpkg'), "
             "(2, 'openssl', '3.0.11', 'amd64', 'dpkg')") ||
        !run("INSERT INTO smartstate_users (scan_id, name, uid, gid, home, shell) VALUES "
             "(1, 'old', 1001, 1001, '/home/old', '/bin/sh'), "
             "(2, 'root', 0, 0, '/root', '/bin/bash'), "
             "(2, 'alice', 1000, 1000, '/home/alice', '/bin/bash')"))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool ReportFixture::addVms(int count, QString *error)
{
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    QSqlQuery q(db);
    for (int i = 0; i < count; ++i) {
        if (!exec(q,
                  QStringLiteral("INSERT INTO vms (manager_id, ems_ref, host_id, name, "
                                 "power_state, vcpus, memory_bytes) VALUES (1, ?, 1, ?, "
                                 "'running', 1, 1073741824)"),
                  {QStringLiteral("bulk-%1").arg(i), QStringLiteral("bulk-%1").arg(i)}, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool readCsvWithPython(const QString &path, QList<QStringList> *rows, QString *error, bool *skipped)
{
    *skipped = false;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *skipped = true;
        *error = QStringLiteral("python3 is not on PATH");
        return false;
    }
    QProcess process;
    process.start(python, {QStringLiteral(VANTAGE_CSV_ROWS_SCRIPT), path});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput());
    if (!document.isArray()) {
        *error = QStringLiteral("csvrows.py printed no JSON array");
        return false;
    }
    rows->clear();
    for (const QJsonValue &row : document.array())
        *rows << row.toVariant().toStringList();
    return true;
}

} // namespace Vantage::Testing
