#include "core/schema.h"

namespace Vantage {

// Times are INTEGER milliseconds since the epoch, UTC. Every inventory row names the manager it
// came from and its ems_ref, unique per manager.
static const QStringList initialSchema = {
    QStringLiteral(R"(CREATE TABLE providers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        created_at INTEGER NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE managers (
        id INTEGER PRIMARY KEY,
        provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        endpoints TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '{}',
        credential_key TEXT,
        enabled INTEGER NOT NULL DEFAULT 1,
        last_refresh_at INTEGER,
        last_refresh_status TEXT,
        last_refresh_error TEXT,
        last_refresh_ms INTEGER,
        last_success_at INTEGER))"),
    QStringLiteral(R"(CREATE TABLE clusters (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        ems_ref TEXT NOT NULL,
        name TEXT NOT NULL,
        UNIQUE (manager_id, ems_ref)))"),
    QStringLiteral(R"(CREATE TABLE hosts (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        ems_ref TEXT NOT NULL,
        cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        hostname TEXT,
        uri TEXT,
        hypervisor TEXT,
        hypervisor_version TEXT,
        cpu_model TEXT,
        cpu_sockets INTEGER,
        cpu_cores INTEGER,
        cpu_threads INTEGER,
        cpu_mhz INTEGER,
        memory_bytes INTEGER,
        power_state TEXT,
        UNIQUE (manager_id, ems_ref)))"),
    QStringLiteral(R"(CREATE TABLE networks (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        ems_ref TEXT NOT NULL,
        host_id INTEGER REFERENCES hosts(id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        uuid TEXT,
        bridge TEXT,
        forward_mode TEXT,
        active INTEGER,
        UNIQUE (manager_id, ems_ref)))"),
    QStringLiteral(R"(CREATE TABLE storages (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        ems_ref TEXT NOT NULL,
        host_id INTEGER REFERENCES hosts(id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        uuid TEXT,
        type TEXT,
        path TEXT,
        capacity_bytes INTEGER,
        allocation_bytes INTEGER,
        available_bytes INTEGER,
        active INTEGER,
        UNIQUE (manager_id, ems_ref)))"),
    QStringLiteral(R"(CREATE TABLE storage_volumes (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        ems_ref TEXT NOT NULL,
        storage_id INTEGER REFERENCES storages(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        path TEXT,
        type TEXT,
        capacity_bytes INTEGER,
        allocation_bytes INTEGER,
        UNIQUE (manager_id, ems_ref)))"),
    QStringLiteral(R"(CREATE TABLE vms (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        ems_ref TEXT NOT NULL,
        host_id INTEGER REFERENCES hosts(id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        uuid TEXT,
        power_state TEXT,
        vcpus INTEGER,
        memory_bytes INTEGER,
        max_memory_bytes INTEGER,
        os_type TEXT,
        is_template INTEGER NOT NULL DEFAULT 0,
        raw_description TEXT,
        UNIQUE (manager_id, ems_ref)))"),
    QStringLiteral(R"(CREATE TABLE disks (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        ems_ref TEXT NOT NULL,
        vm_id INTEGER NOT NULL REFERENCES vms(id) ON DELETE CASCADE,
        device TEXT,
        target TEXT,
        bus TEXT,
        source TEXT,
        format TEXT,
        capacity_bytes INTEGER,
        UNIQUE (manager_id, ems_ref)))"),
    QStringLiteral(R"(CREATE TABLE nics (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        ems_ref TEXT NOT NULL,
        vm_id INTEGER NOT NULL REFERENCES vms(id) ON DELETE CASCADE,
        mac TEXT,
        model TEXT,
        source_type TEXT,
        source TEXT,
        UNIQUE (manager_id, ems_ref)))"),
    QStringLiteral(R"(CREATE TABLE workers (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        manager_id INTEGER REFERENCES managers(id) ON DELETE CASCADE,
        thread TEXT,
        pid INTEGER,
        status TEXT NOT NULL,
        started_at INTEGER,
        heartbeat_at INTEGER,
        restart_count INTEGER NOT NULL DEFAULT 0,
        last_error TEXT))"),
    QStringLiteral("CREATE INDEX hosts_cluster ON hosts (cluster_id)"),
    QStringLiteral("CREATE INDEX vms_host ON vms (host_id)"),
    QStringLiteral("CREATE INDEX vms_name ON vms (name)"),
    QStringLiteral("CREATE INDEX disks_vm ON disks (vm_id)"),
    QStringLiteral("CREATE INDEX nics_vm ON nics (vm_id)"),
    QStringLiteral("CREATE INDEX volumes_storage ON storage_volumes (storage_id)"),
    QStringLiteral("CREATE INDEX managers_provider ON managers (provider_id)"),
};

// The event stream (ManageIQ's event_streams) and the spans in which events may be missing.
static const QStringList eventSchema = {
    QStringLiteral(R"(CREATE TABLE event_stream (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        timestamp INTEGER NOT NULL,
        source TEXT,
        raw_name TEXT NOT NULL,
        event_type TEXT NOT NULL,
        target_kind TEXT,
        target_ems_ref TEXT,
        target_id INTEGER,
        target_name TEXT,
        host_ems_ref TEXT,
        message TEXT,
        payload TEXT))"),
    QStringLiteral("CREATE INDEX event_stream_time ON event_stream (timestamp)"),
    QStringLiteral("CREATE INDEX event_stream_target ON event_stream (target_kind, target_id)"),
    QStringLiteral("CREATE INDEX event_stream_manager ON event_stream (manager_id, timestamp)"),
    QStringLiteral(R"(CREATE TABLE event_gaps (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        reason TEXT))"),
};

// Metrics (ManageIQ's metrics and metric_rollups): realtime rates derived from the collectors'
// counters, and their hourly and daily rollups per object, hosts also from their VMs. A rate is
// NULL where it could not be derived (unknown counter, counter reset). resource_id is the
// object's row in vms/hosts, NULL while the object is not in the inventory; objects are grouped
// by (manager_id, resource_kind, ems_ref). Rollup timestamps are the UTC start of the hour or day.
static const QStringList metricsSchema = {
    QStringLiteral(R"(CREATE TABLE metrics_realtime (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        resource_kind TEXT NOT NULL,
        resource_id INTEGER,
        ems_ref TEXT NOT NULL,
        timestamp INTEGER NOT NULL,
        interval_ms INTEGER NOT NULL,
        vcpus INTEGER,
        gap INTEGER NOT NULL DEFAULT 0,
        cpu_percent REAL,
        memory_used_percent REAL,
        disk_read_bps REAL,
        disk_write_bps REAL,
        disk_read_iops REAL,
        disk_write_iops REAL,
        net_rx_bps REAL,
        net_tx_bps REAL))"),
    QStringLiteral(
        "CREATE INDEX metrics_realtime_manager ON metrics_realtime (manager_id, timestamp)"),
    QStringLiteral("CREATE INDEX metrics_realtime_resource ON metrics_realtime "
                   "(resource_kind, resource_id, timestamp)"),
    QStringLiteral(R"(CREATE TABLE metrics_rollups (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        resource_kind TEXT NOT NULL,
        resource_id INTEGER,
        ems_ref TEXT NOT NULL,
        interval TEXT NOT NULL CHECK (interval IN ('hourly', 'daily')),
        timestamp INTEGER NOT NULL,
        sample_count INTEGER NOT NULL,
        cpu_percent_avg REAL,
        cpu_percent_min REAL,
        cpu_percent_max REAL,
        memory_used_percent_avg REAL,
        memory_used_percent_min REAL,
        memory_used_percent_max REAL,
        disk_read_bps_avg REAL,
        disk_read_bps_min REAL,
        disk_read_bps_max REAL,
        disk_write_bps_avg REAL,
        disk_write_bps_min REAL,
        disk_write_bps_max REAL,
        disk_read_iops_avg REAL,
        disk_read_iops_min REAL,
        disk_read_iops_max REAL,
        disk_write_iops_avg REAL,
        disk_write_iops_min REAL,
        disk_write_iops_max REAL,
        net_rx_bps_avg REAL,
        net_rx_bps_min REAL,
        net_rx_bps_max REAL,
        net_tx_bps_avg REAL,
        net_tx_bps_min REAL,
        net_tx_bps_max REAL,
        UNIQUE (manager_id, interval, timestamp, resource_kind, ems_ref)))"),
    QStringLiteral("CREATE INDEX metrics_rollups_resource ON metrics_rollups "
                   "(resource_kind, resource_id, interval, timestamp)"),
};

// Requests and their tasks (ManageIQ's MiqRequest and MiqRequestTask): every provisioning,
// service order, power operation, reconfiguration and retirement. options and a task's spec are
// JSON. approval_state: pending_approval, approved, denied. state: pending (waiting for
// approval), queued, active, finished. status once finished: ok, error, cancelled, denied.
// A task's depends_on is a JSON array of the positions it waits for; result_ems_ref is what it
// made (a new VM), so that a rollback can remove it.
static const QStringList requestSchema = {
    QStringLiteral(R"(CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        request_type TEXT NOT NULL,
        description TEXT NOT NULL,
        requester TEXT NOT NULL,
        manager_id INTEGER REFERENCES managers(id) ON DELETE SET NULL,
        options TEXT NOT NULL DEFAULT '{}',
        approval_state TEXT NOT NULL,
        approver TEXT,
        approval_reason TEXT,
        approved_at INTEGER,
        state TEXT NOT NULL,
        status TEXT,
        message TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        started_at INTEGER,
        finished_at INTEGER))"),
    QStringLiteral("CREATE INDEX requests_state ON requests (state, approval_state)"),
    QStringLiteral(R"(CREATE TABLE request_tasks (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        description TEXT NOT NULL,
        spec TEXT NOT NULL DEFAULT '{}',
        depends_on TEXT NOT NULL DEFAULT '[]',
        state TEXT NOT NULL,
        status TEXT,
        progress INTEGER NOT NULL DEFAULT 0,
        message TEXT,
        log TEXT NOT NULL DEFAULT '',
        result_ems_ref TEXT,
        started_at INTEGER,
        finished_at INTEGER,
        UNIQUE (request_id, position)))"),
    // A catalog item: a bundle of VM definitions (JSON array of ProvisionSpec-like objects with
    // their dependencies) ordered as one request.
    QStringLiteral(R"(CREATE TABLE service_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT '',
        manager_id INTEGER REFERENCES managers(id) ON DELETE SET NULL,
        items TEXT NOT NULL DEFAULT '[]',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL))"),
    // A VM's retirement, kept apart from the vms row (which a refresh deletes once the VM is
    // gone) so that a retired VM stays listed, archived, with what it was (vm_snapshot, JSON).
    // state: scheduled, warned, retiring, retired, failed.
    QStringLiteral(R"(CREATE TABLE retirements (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        vm_ems_ref TEXT NOT NULL,
        vm_name TEXT NOT NULL,
        retires_at INTEGER NOT NULL,
        warn_days INTEGER NOT NULL,
        delete_storage INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL,
        warned_at INTEGER,
        retired_at INTEGER,
        request_id INTEGER REFERENCES requests(id) ON DELETE SET NULL,
        message TEXT,
        vm_snapshot TEXT NOT NULL DEFAULT '{}',
        created_at INTEGER NOT NULL,
        UNIQUE (manager_id, vm_ems_ref)))"),
    QStringLiteral("CREATE INDEX retirements_due ON retirements (state, retires_at)"),
    // Report definitions (columns, filters, sort, grouping as JSON); built_in ones are restored
    // by the program and cannot be deleted, only copied.
    QStringLiteral(R"(CREATE TABLE report_definitions (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        definition TEXT NOT NULL,
        built_in INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL))"),
};

// SmartState analysis: one row per scan of a VM's disks, and what it found. A VM keeps its past
// scans so two can be compared. vm_ems_ref and vm_name survive the VM's row.
static const QStringList smartStateSchema = {
    QStringLiteral(R"(CREATE TABLE smartstate_scans (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        vm_ems_ref TEXT NOT NULL,
        vm_name TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        status TEXT NOT NULL,
        message TEXT,
        bytes_read INTEGER,
        os_name TEXT,
        os_version TEXT,
        os_id TEXT,
        hostname TEXT,
        disks TEXT NOT NULL DEFAULT '[]'))"),
    QStringLiteral("CREATE INDEX smartstate_scans_vm ON smartstate_scans (manager_id, vm_ems_ref, "
                   "started_at)"),
    QStringLiteral(R"(CREATE TABLE smartstate_packages (
        scan_id INTEGER NOT NULL REFERENCES smartstate_scans(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        version TEXT,
        arch TEXT,
        source TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX smartstate_packages_scan ON smartstate_packages (scan_id, name)"),
    QStringLiteral(R"(CREATE TABLE smartstate_users (
        scan_id INTEGER NOT NULL REFERENCES smartstate_scans(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        uid INTEGER,
        gid INTEGER,
        home TEXT,
        shell TEXT,
        gecos TEXT))"),
    QStringLiteral(R"(CREATE TABLE smartstate_groups (
        scan_id INTEGER NOT NULL REFERENCES smartstate_scans(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        gid INTEGER,
        members TEXT))"),
    QStringLiteral(R"(CREATE TABLE smartstate_services (
        scan_id INTEGER NOT NULL REFERENCES smartstate_scans(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        target TEXT,
        enabled INTEGER NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE smartstate_files (
        scan_id INTEGER NOT NULL REFERENCES smartstate_scans(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        size INTEGER,
        mode INTEGER,
        mtime INTEGER,
        sha256 TEXT,
        content BLOB))"),
    // A scan profile: path patterns of files to collect (JSON array), editable.
    QStringLiteral(R"(CREATE TABLE smartstate_profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        file_patterns TEXT NOT NULL DEFAULT '[]',
        max_file_bytes INTEGER NOT NULL DEFAULT 65536,
        updated_at INTEGER NOT NULL))"),
};

// vSphere's own hierarchy: datacenters hold clusters, hosts, VMs, datastores and networks;
// folders and resource pools place VMs. libvirt's rows keep NULL in every new column. A folder's
// or pool's parent is an ems_ref (a folder or datacenter; a pool or compute resource), since they
// nest to any depth and a refresh writes each table in one pass.
static const QStringList hierarchySchema = {
    QStringLiteral(R"(CREATE TABLE datacenters (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        ems_ref TEXT NOT NULL,
        name TEXT NOT NULL,
        UNIQUE (manager_id, ems_ref)))"),
    QStringLiteral(R"(CREATE TABLE folders (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        ems_ref TEXT NOT NULL,
        datacenter_id INTEGER REFERENCES datacenters(id) ON DELETE SET NULL,
        parent_ref TEXT,
        name TEXT NOT NULL,
        folder_type TEXT,
        UNIQUE (manager_id, ems_ref)))"),
    QStringLiteral(R"(CREATE TABLE resource_pools (
        id INTEGER PRIMARY KEY,
        manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
        ems_ref TEXT NOT NULL,
        datacenter_id INTEGER REFERENCES datacenters(id) ON DELETE SET NULL,
        cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
        parent_ref TEXT,
        name TEXT NOT NULL,
        cpu_reservation_mhz INTEGER,
        cpu_limit_mhz INTEGER,
        memory_reservation_bytes INTEGER,
        memory_limit_bytes INTEGER,
        UNIQUE (manager_id, ems_ref)))"),
    QStringLiteral("ALTER TABLE clusters ADD COLUMN datacenter_id INTEGER "
                   "REFERENCES datacenters(id) ON DELETE SET NULL"),
    QStringLiteral("ALTER TABLE hosts ADD COLUMN datacenter_id INTEGER "
                   "REFERENCES datacenters(id) ON DELETE SET NULL"),
    QStringLiteral("ALTER TABLE networks ADD COLUMN datacenter_id INTEGER "
                   "REFERENCES datacenters(id) ON DELETE SET NULL"),
    QStringLiteral("ALTER TABLE storages ADD COLUMN datacenter_id INTEGER "
                   "REFERENCES datacenters(id) ON DELETE SET NULL"),
    QStringLiteral("ALTER TABLE vms ADD COLUMN datacenter_id INTEGER "
                   "REFERENCES datacenters(id) ON DELETE SET NULL"),
    QStringLiteral("ALTER TABLE vms ADD COLUMN resource_pool_id INTEGER "
                   "REFERENCES resource_pools(id) ON DELETE SET NULL"),
    QStringLiteral("ALTER TABLE vms ADD COLUMN folder_id INTEGER "
                   "REFERENCES folders(id) ON DELETE SET NULL"),
    QStringLiteral("CREATE INDEX folders_datacenter ON folders (datacenter_id)"),
    QStringLiteral("CREATE INDEX resource_pools_cluster ON resource_pools (cluster_id)"),
    QStringLiteral("CREATE INDEX resource_pools_datacenter ON resource_pools (datacenter_id)"),
    QStringLiteral("CREATE INDEX clusters_datacenter ON clusters (datacenter_id)"),
    QStringLiteral("CREATE INDEX hosts_datacenter ON hosts (datacenter_id)"),
    QStringLiteral("CREATE INDEX networks_datacenter ON networks (datacenter_id)"),
    QStringLiteral("CREATE INDEX storages_datacenter ON storages (datacenter_id)"),
    QStringLiteral("CREATE INDEX vms_datacenter ON vms (datacenter_id)"),
    QStringLiteral("CREATE INDEX vms_resource_pool ON vms (resource_pool_id)"),
    QStringLiteral("CREATE INDEX vms_folder ON vms (folder_id)"),
};

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> migrations = {initialSchema, eventSchema,      metricsSchema,
                                                  requestSchema, smartStateSchema, hierarchySchema};
    return migrations;
}

} // namespace Vantage
