#pragma once

#include "core/reports/reportdefinition.h"

#include <QObject>

#include <memory>

class QThread;

namespace Vantage {

class CancelFlag;

// Exports a report to a CSV file on a thread of its own (with its own database connection), so
// the window stays responsive; progress and the end come back as queued signals. Destroying the
// job cancels the export and waits for the thread.
class ReportExportJob final : public QObject
{
    Q_OBJECT

public:
    ReportExportJob(ReportDefinition definition, QString path, bool byteOrderMark,
                    QObject *parent = nullptr);
    ~ReportExportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    QString path() const { return m_path; }

signals:
    void progress(qint64 done, qint64 total);
    // ok false: error says why (empty when cancelled). The file exists only when ok.
    void finished(bool ok, bool cancelled, qint64 rows, const QString &error);

private:
    ReportDefinition m_definition;
    QString m_path;
    bool m_byteOrderMark;
    std::shared_ptr<CancelFlag> m_cancel;
    QThread *m_thread = nullptr; // Owned.
};

} // namespace Vantage
