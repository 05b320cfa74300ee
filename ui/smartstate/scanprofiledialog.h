#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace Vantage {

// Edits a scan profile: the path patterns of the files a scan collects (one per line, absolute,
// * ? [...] within a path component) and the largest file whose content is kept. Saved to the
// database on OK; a pattern that is not absolute is explained and nothing is saved.
class ScanProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ScanProfileDialog(const QString &profileName, QWidget *parent = nullptr);

    QPlainTextEdit *patternsEdit() const { return m_patterns; }
    QSpinBox *maxKiBSpin() const { return m_maxKiB; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    QString m_name;
    QPlainTextEdit *m_patterns;
    QSpinBox *m_maxKiB;
    QLabel *m_error;
};

} // namespace Vantage
