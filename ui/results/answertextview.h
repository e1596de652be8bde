#pragma once

#include <QByteArray>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace b24 {

// Text of an answer with a note above it ("the last page of 3 requests"): the raw body, pretty
// printed (keys in the portal's order, Cyrillic as text) or exactly as received, or the headers.
class AnswerTextView : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Body, // JSON: a "Pretty" toggle
        Plain // headers and timing
    };
    explicit AnswerTextView(Kind kind, QWidget *parent = nullptr);

    // A body as received; `redactIt`: scan it for the secret (bodies that are not a success).
    void setBody(const QByteArray &body, bool redactIt);
    void setPlainText(const QString &text);
    void setNote(const QString &note);
    void clear();

    QString text() const;
    QString note() const;
    QCheckBox *prettyToggle() const { return m_pretty; }
    QPlainTextEdit *editor() const { return m_text; }

private:
    void render();

    QLabel *m_note;
    QCheckBox *m_pretty = nullptr;
    QPlainTextEdit *m_text;
    QByteArray m_body;
    bool m_redact = false;
};

} // namespace b24
