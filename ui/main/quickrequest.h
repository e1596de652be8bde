#pragma once

#include "b24/listoptions.h"
#include "main/runcontroller.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace b24 {

// A compact request form: method, parameters as JSON, single call or all pages, list strategy.
// The window uses it where the full request editor is not available.
class QuickRequest : public QWidget
{
    Q_OBJECT
public:
    explicit QuickRequest(QWidget *parent = nullptr);

    QString method() const;
    void setMethod(const QString &method);
    // Null (and *error set) when the parameter text is not a JSON object.
    QJsonObject params(QString *error = nullptr) const;
    void setParams(const QJsonObject &params);
    RunController::Mode mode() const;
    void setMode(RunController::Mode mode);
    ListOptions::Strategy strategy() const;
    void setRunning(bool running);
    void focusMethod();
    // A problem to show under the form (empty clears it).
    void setError(const QString &error);
    QLineEdit *methodEdit() const { return m_method; }

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    void methodChanged(const QString &method);

private:
    QLineEdit *m_method;
    QPlainTextEdit *m_params;
    QComboBox *m_mode;
    QComboBox *m_strategy;
    QPushButton *m_run;
    QLabel *m_error;
    bool m_running = false;
};

} // namespace b24
