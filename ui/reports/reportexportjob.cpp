#include "ui/reports/reportexportjob.h"

#include "core/provider.h"
#include "core/reports/reportrunner.h"

#include <QThread>

namespace Vantage {

ReportExportJob::ReportExportJob(ReportDefinition definition, QString path, bool byteOrderMark,
                                 QObject *parent)
    : QObject(parent), m_definition(std::move(definition)), m_path(std::move(path)),
      m_byteOrderMark(byteOrderMark), m_cancel(std::make_shared<CancelFlag>())
{}

ReportExportJob::~ReportExportJob()
{
    if (m_thread) {
        m_cancel->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ReportExportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        // Signals emitted here reach the job's receivers queued, on their own thread.
        const ReportOutcome outcome =
            ReportRunner(m_definition)
                .exportCsvFile(m_path, m_byteOrderMark, m_cancel.get(),
                               [this](qint64 done, qint64 total) { emit progress(done, total); });
        emit finished(outcome.ok, outcome.cancelled, outcome.dataRows, outcome.error);
    });
    m_thread->setObjectName(QStringLiteral("report-export"));
    m_thread->start();
}

void ReportExportJob::cancel()
{
    m_cancel->cancel();
}

bool ReportExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace Vantage
