#include "ui/main/welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("Explore a demo portal"), this))
    , m_add(new QPushButton(tr("Add a webhook…"), this))
    , m_status(new QLabel(this))
{
    m_demo->setObjectName(u"exploreDemo"_s);
    m_add->setObjectName(u"addWebhook"_s);
    auto *title = new QLabel(tr("<h2>B24 Explorer</h2>"), this);
    auto *text =
        new QLabel(tr("Paste an inbound webhook URL of your Bitrix24 portal "
                      "(https://your.bitrix24.com/rest/1/…/) to start. "
                      "Its secret is kept in the system keychain.<br>"
                      "No webhook at hand? The demo portal runs on this computer with sample CRM data."),
                   this);
    text->setWordWrap(true);
    text->setMaximumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    for (QWidget *widget :
         {static_cast<QWidget *>(title), static_cast<QWidget *>(text), static_cast<QWidget *>(m_add),
          static_cast<QWidget *>(m_demo), static_cast<QWidget *>(m_status)})
        layout->addWidget(widget, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addProfileRequested);
}

void WelcomePage::setBusy(const QString &message)
{
    m_status->setText(message);
    m_demo->setEnabled(message.isEmpty());
}

} // namespace b24
