#include "ui/results/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_partial(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_bom(new QCheckBox(tr("UTF-8 byte order mark (for Excel)"), this))
    , m_guard(new QCheckBox(tr("Guard against formulas (=, +, -, @ start a cell as text)"), this))
    , m_values(new QComboBox(this))
    , m_header(new QComboBox(this))
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
    m_values->setObjectName(u"exportValues"_s);
    m_values->addItem(tr("As shown"), int(ExportRequest::Values::AsShown));
    m_values->addItem(tr("Codes"), int(ExportRequest::Values::Codes));
    m_values->addItem(tr("Both: code, then a .label column with the name"),
                      int(ExportRequest::Values::BothColumns));
    m_header->setObjectName(u"exportHeader"_s);
    m_header->addItem(tr("Field codes"), false);
    m_header->addItem(tr("Field titles"), true);
    setNamesAvailable(false, false);
    m_path->setText(QDir::home().filePath(u"export.csv"_s));

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Values:"), m_values);
    form->addRow(tr("Header:"), m_header);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_guard);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    m_partial->setObjectName(u"exportPartial"_s);
    m_partial->setWordWrap(true);
    m_partial->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_partial);
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

QString ExportDialog::path() const
{
    return m_path->text();
}

void ExportDialog::setPartial(const QString &text)
{
    m_partial->setText(text.isEmpty() ? QString() : u"⚠ "_s + tr("Not every row: %1").arg(text));
    m_partial->setVisible(!text.isEmpty());
    if (text.isEmpty())
        return;
    // A colleague opening the file later sees it is not the whole list.
    const QFileInfo file(m_path->text());
    if (!file.completeBaseName().endsWith(u"-partial"_s))
        m_path->setText(file.dir().filePath(file.completeBaseName() + u"-partial."_s + file.suffix()));
}

QString ExportDialog::partialText() const
{
    return m_partial->isHidden() ? QString() : m_partial->text();
}

void ExportDialog::setNamesAvailable(bool available, bool titles)
{
    m_values->setEnabled(available);
    m_values->setCurrentIndex(0);
    m_values->setToolTip(available ? QString()
                                   : tr("No names for this result: values are written as received"));
    m_header->setProperty("available", available);
    m_header->setCurrentIndex(available && titles ? 1 : 0);
    updateEnabled();
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
    m_header->setEnabled(csv && m_header->property("available").toBool());
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
    request.values = ExportRequest::Values(m_values->currentData().toInt());
    request.headerTitles = m_header->isEnabled() && m_header->currentData().toBool();
    return request;
}

} // namespace b24
