#include "tests/vcsim/vcsimprocess.h"

#include <QDeadlineTimer>

namespace Vantage::Testing {

VcsimProcess::~VcsimProcess()
{
    stop();
}

QString VcsimProcess::executable()
{
    return QStringLiteral(VANTAGE_VCSIM);
}

bool VcsimProcess::start(const QStringList &arguments, QString *error, int timeoutMs)
{
    stop();
    m_url.clear();
    m_certificatePath.clear();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(executable(), arguments);
    if (!m_process.waitForStarted()) {
        *error = QStringLiteral("vcsim did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    // The certificate line follows the URL line at once; without TLS there is none.
    const bool plain = arguments.contains(QStringLiteral("-http"));
    while (!deadline.hasExpired() && (m_url.isEmpty() || (!plain && m_certificatePath.isEmpty()))) {
        if (!m_process.canReadLine() &&
            !m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)))) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(QLatin1String("URL "))) {
                m_url = QUrl(line.mid(4));
                m_url.setUserInfo({});
            } else if (line.startsWith(QLatin1String("CERT "))) {
                m_certificatePath = line.mid(5);
            }
        }
    }
    if (m_url.isEmpty()) {
        *error = QStringLiteral("vcsim printed no URL (exit code %1)").arg(m_process.exitCode());
        stop();
        return false;
    }
    return true;
}

void VcsimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

} // namespace Vantage::Testing
