#include "request/rawjsoneditor.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

RawJsonEditor::RawJsonEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &RawJsonEditor::parse);
    setObject({});
}

void RawJsonEditor::setObject(const QJsonObject &object)
{
    m_updating = true;
    m_edit->setPlainText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    m_updating = false;
    const bool wasValid = m_error.isEmpty();
    m_object = object;
    m_error.clear();
    m_status->clear();
    if (!wasValid)
        emit validityChanged(true);
}

QString RawJsonEditor::text() const
{
    return m_edit->toPlainText();
}

void RawJsonEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void RawJsonEditor::parse()
{
    if (m_updating)
        return;
    const bool wasValid = m_error.isEmpty();
    const QString text = m_edit->toPlainText().trimmed();
    QJsonParseError parseError;
    const QJsonDocument doc =
        text.isEmpty() ? QJsonDocument(QJsonObject()) : QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!text.isEmpty() && parseError.error != QJsonParseError::NoError) {
        m_error = tr("Invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
    } else if (!doc.isObject()) {
        m_error = tr("The parameters must be a JSON object ({...})");
    } else {
        m_error.clear();
    }
    m_status->setText(m_error.isEmpty()
                          ? QString()
                          : u"<span style=\"color:#c0392b\">%1</span>"_s.arg(m_error.toHtmlEscaped()));
    if (wasValid != m_error.isEmpty())
        emit validityChanged(m_error.isEmpty());
    if (m_error.isEmpty()) {
        m_object = doc.object();
        emit edited(m_object);
    }
}

} // namespace b24
