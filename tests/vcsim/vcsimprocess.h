#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Vantage::Testing {

// The vCenter simulator (tests/vcsim/main.go) as a child process: started with model sizes
// ("-vm", "4", "-host", "2", ...), serving on 127.0.0.1 with a random port until stop() or the
// test's end (it exits when its stdin closes, so a crashed test does not leave it behind).
class VcsimProcess
{
public:
    VcsimProcess() = default;
    ~VcsimProcess();
    VcsimProcess(const VcsimProcess &) = delete;
    VcsimProcess &operator=(const VcsimProcess &) = delete;

    // Starts it and waits until it serves; false with *error otherwise. 10,000 VMs take ~12 s.
    bool start(const QStringList &arguments, QString *error, int timeoutMs = 120000);
    void stop();

    // https://127.0.0.1:PORT/sdk without credentials; any non-empty user and password log in.
    QUrl url() const { return m_url; }
    // The server's PEM certificate (Go's test certificate); empty with -http.
    QString certificatePath() const { return m_certificatePath; }
    qint64 processId() const { return m_process.processId(); }

    static QString executable();

private:
    QProcess m_process;
    QUrl m_url;
    QString m_certificatePath;
};

} // namespace Vantage::Testing
