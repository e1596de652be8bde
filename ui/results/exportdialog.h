#pragma once

#include "ui/results/exportjob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
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

private:
    void browse();
    void updateEnabled();

    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QCheckBox *m_guard;
};

} // namespace b24
