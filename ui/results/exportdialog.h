#pragma once

#include "ui/results/exportjob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace b24 {

// Export options: file, format (CSV or JSON Lines), and for CSV the delimiter, a UTF-8 BOM for
// Excel and the formula-injection guard.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(QWidget *parent = nullptr);

    ExportRequest request() const;
    void setPath(const QString &path);
    QString path() const;
    // The rows are a partial result: say so above the options and mark the file's name.
    void setPartial(const QString &text);
    QString partialText() const;
    // The table names codes: offer values as shown / codes / both, and titles or codes as headers
    // (`titles`: what the table's headers show now).
    void setNamesAvailable(bool available, bool titles);

private:
    void browse();
    void updateEnabled();

    QLabel *m_partial;
    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QCheckBox *m_guard;
    QComboBox *m_values;
    QComboBox *m_header;
};

} // namespace b24
