#include "ui/results/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_bom(new QCheckBox(tr("UTF-8 byte order mark (for Excel)"), this))
    , m_guard(new QCheckBox(tr("Guard against formulas (=, +, -, @ start a cell as text)"), this))
{
    setWindowTitle(tr("Export result"));
    m_path->setObjectName(u"exportPath"_s);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("CSV"), int(RowWriter::Format::Csv));
    m_format->addItem(tr("JSON Lines"), int(RowWriter::Format::JsonLines));
    m_delimiter->addItem(tr("Comma (,)"), QChar(u','));
    m_delimiter->addItem(tr("Semicolon (;)"), QChar(u';'));
    m_delimiter->addItem(tr("Tab"), QChar(u'\t'));
    m_guard->setChecked(true);
    m_path->setText(QDir::home().filePath(u"export.csv"_s));

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_guard);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_path, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    updateEnabled();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::browse()
{
    const bool csv = m_format->currentData().toInt() == int(RowWriter::Format::Csv);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export result"), m_path->text(),
                                     csv ? tr("CSV files (*.csv)") : tr("JSON Lines (*.jsonl)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::updateEnabled()
{
    const bool csv = m_format->currentData().toInt() == int(RowWriter::Format::Csv);
    m_delimiter->setEnabled(csv);
    m_bom->setEnabled(csv);
    m_guard->setEnabled(csv);
    // Keep the file's extension in step with the format.
    QString path = m_path->text();
    const QString want = csv ? u".csv"_s : u".jsonl"_s;
    const QString other = csv ? u".jsonl"_s : u".csv"_s;
    if (path.endsWith(other)) {
        path.chop(other.size());
        m_path->setText(path + want);
    }
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.path = m_path->text();
    request.format = RowWriter::Format(m_format->currentData().toInt());
    request.csv.delimiter = m_delimiter->currentData().toChar();
    request.csv.byteOrderMark = m_bom->isChecked();
    request.csv.formulaGuard = m_guard->isChecked();
    return request;
}

} // namespace b24
