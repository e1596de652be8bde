#include "main/quickrequest.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QuickRequest::QuickRequest(QWidget *parent)
    : QWidget(parent)
    , m_method(new QLineEdit(this))
    , m_params(new QPlainTextEdit(this))
    , m_mode(new QComboBox(this))
    , m_strategy(new QComboBox(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_error(new QLabel(this))
{
    m_method->setObjectName(u"methodEdit"_s);
    m_params->setObjectName(u"paramsEdit"_s);
    m_run->setObjectName(u"runButton"_s);
    m_method->setPlaceholderText(tr("Method, e.g. crm.deal.list (Ctrl+K)"));
    m_method->setCompleter(new QCompleter(
        QStringList{u"crm.deal.list"_s, u"crm.contact.list"_s, u"crm.lead.list"_s, u"crm.company.list"_s,
                    u"crm.item.list"_s, u"tasks.task.list"_s, u"user.get"_s, u"user.current"_s, u"profile"_s,
                    u"scope"_s, u"methods"_s, u"server.time"_s, u"crm.deal.fields"_s, u"crm.deal.get"_s},
        m_method));
    m_params->setPlaceholderText(tr("Parameters as a JSON object, e.g. {\"filter\": {\">ID\": 10}}"));
    m_params->setMaximumHeight(90);
    m_mode->addItem(tr("Single call"));
    m_mode->addItem(tr("All pages"));
    for (auto strategy : {ListOptions::Strategy::Auto, ListOptions::Strategy::BatchedKeyset,
                          ListOptions::Strategy::Keyset, ListOptions::Strategy::Offset})
        m_strategy->addItem(ListOptions::strategyName(strategy), int(strategy));
    m_strategy->setToolTip(tr("How all pages are fetched"));
    m_error->setObjectName(u"requestError"_s);
    m_error->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_method, 1);
    top->addWidget(m_mode);
    top->addWidget(m_strategy);
    top->addWidget(m_run);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_params);
    layout->addWidget(m_error);

    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_running)
            Q_EMIT cancelRequested();
        else
            Q_EMIT runRequested();
    });
    connect(m_method, &QLineEdit::returnPressed, this, &QuickRequest::runRequested);
    connect(m_method, &QLineEdit::textChanged, this, &QuickRequest::methodChanged);
    connect(m_mode, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_strategy->setEnabled(index == 1); });
    m_strategy->setEnabled(false);
}

QString QuickRequest::method() const
{
    return m_method->text().trimmed();
}

void QuickRequest::setMethod(const QString &method)
{
    m_method->setText(method);
}

QJsonObject QuickRequest::params(QString *error) const
{
    const QString text = m_params->toPlainText().trimmed();
    if (text.isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? tr("Parameters are not valid JSON: %1 at character %2")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                         : tr("Parameters must be a JSON object ({…}).");
        return {};
    }
    return doc.object();
}

void QuickRequest::setParams(const QJsonObject &params)
{
    m_params->setPlainText(params.isEmpty()
                               ? QString()
                               : QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Indented)));
}

RunController::Mode QuickRequest::mode() const
{
    return m_mode->currentIndex() == 1 ? RunController::Mode::AllPages : RunController::Mode::Single;
}

void QuickRequest::setMode(RunController::Mode mode)
{
    m_mode->setCurrentIndex(mode == RunController::Mode::AllPages ? 1 : 0);
}

ListOptions::Strategy QuickRequest::strategy() const
{
    return ListOptions::Strategy(m_strategy->currentData().toInt());
}

void QuickRequest::setRunning(bool running)
{
    m_running = running;
    m_run->setText(running ? tr("Cancel") : tr("Run"));
}

void QuickRequest::focusMethod()
{
    m_method->setFocus(Qt::ShortcutFocusReason);
    m_method->selectAll();
}

} // namespace b24

namespace b24 {

void QuickRequest::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace b24
