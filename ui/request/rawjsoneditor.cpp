#include "ui/request/rawjsoneditor.h"

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
    setObject(OrderedJson::object());
}

void RawJsonEditor::setObject(const OrderedJson &object)
{
    m_updating = true;
    m_edit->setPlainText(QString::fromUtf8(object.toJson(OrderedJson::Format::Indented)));
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
    const QByteArray text = m_edit->toPlainText().trimmed().toUtf8();
    QString orderedError;
    const OrderedJson parsed =
        text.isEmpty() ? OrderedJson::object() : OrderedJson::fromJson(text, &orderedError);
    if (parsed.isUndefined()) {
        // Qt's parser names the problem in the user's language; ours, if only it objects, in English.
        QJsonParseError parseError;
        QJsonDocument::fromJson(text, &parseError);
        m_error =
            parseError.error != QJsonParseError::NoError
                ? tr("Invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                : tr("Invalid JSON: %1").arg(orderedError);
    } else if (!parsed.isObject()) {
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
        m_object = parsed;
        emit edited(m_object);
    }
}

} // namespace b24
