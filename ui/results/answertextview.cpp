#include "ui/results/answertextview.h"

#include "core/b24/orderedjson.h"
#include "core/b24/redaction.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// A body over 8 MB is cut so the editor stays responsive.
constexpr qsizetype kMaxShown = 8 * 1024 * 1024;

} // namespace

AnswerTextView::AnswerTextView(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    m_note->setObjectName(u"answerNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    m_text->setReadOnly(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_note, 1);
    if (kind == Kind::Body) {
        m_pretty = new QCheckBox(tr("Pretty"), this);
        m_pretty->setObjectName(u"rawPretty"_s);
        m_pretty->setToolTip(tr("Indented, with non-Latin text shown as text; off: exactly as received"));
        m_pretty->setChecked(true);
        top->addWidget(m_pretty);
        connect(m_pretty, &QCheckBox::toggled, this, &AnswerTextView::render);
    }
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
}

void AnswerTextView::setBody(const QByteArray &body, bool redactIt)
{
    m_body = body;
    m_redact = redactIt;
    render();
}

void AnswerTextView::render()
{
    const bool cut = m_body.size() > kMaxShown;
    QString text;
    QString error;
    const OrderedJson json =
        (m_pretty && m_pretty->isChecked() && !cut) ? OrderedJson::fromJson(m_body, &error) : OrderedJson();
    if (m_pretty && m_pretty->isChecked() && !cut && error.isEmpty() && !m_body.isEmpty())
        text = QString::fromUtf8(json.toJson(OrderedJson::Format::Indented));
    else
        text = QString::fromUtf8(m_body.left(kMaxShown));
    // An answer that is not a success (a redirect page, a proxy's error page) may echo the request
    // URL. A success is the portal's data, up to megabytes, kept as it is, as core does.
    if (m_redact)
        text = redact(text);
    if (cut)
        text += u'\n' + tr("[… %1 more bytes not shown]").arg(m_body.size() - kMaxShown);
    m_text->setLineWrapMode(m_pretty && !m_pretty->isChecked() ? QPlainTextEdit::WidgetWidth
                                                               : QPlainTextEdit::NoWrap);
    m_text->setPlainText(text);
}

void AnswerTextView::setPlainText(const QString &text)
{
    m_body.clear();
    m_text->setPlainText(text);
}

void AnswerTextView::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void AnswerTextView::clear()
{
    m_body.clear();
    m_text->clear();
    setNote({});
}

QString AnswerTextView::text() const
{
    return m_text->toPlainText();
}

QString AnswerTextView::note() const
{
    return m_note->text();
}

} // namespace b24
