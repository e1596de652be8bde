#include "ui/main/welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("Explore a demo portal"), this))
    , m_add(new QPushButton(tr("Add a webhook…"), this))
    , m_browse(new QPushButton(tr("Browse the documented API"), this))
    , m_status(new QLabel(this))
{
    m_demo->setObjectName(u"exploreDemo"_s);
    m_add->setObjectName(u"addWebhook"_s);
    m_browse->setObjectName(u"browseDocs"_s);
    m_browse->setToolTip(tr("Find any documented method, see its parameters and example, open its page"));
    auto *title = new QLabel(tr("<h2>B24 Explorer</h2>"), this);
    auto *text =
        new QLabel(tr("Paste an inbound webhook URL of your Bitrix24 portal "
                      "(https://your.bitrix24.com/rest/1/…/) to start. "
                      "Its secret is kept in the system keychain.<br>"
                      "No webhook at hand? The demo portal runs on this computer with sample CRM data."),
                   this);
    text->setObjectName(u"welcomeText"_s);
    text->setWordWrap(true);
    // A fixed width and the height the wrapped text needs at it: a small window then keeps the
    // whole text (its minimum size grows) instead of cutting it mid-sentence.
    text->setFixedWidth(520);
    text->setMinimumHeight(text->heightForWidth(520));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    // Centred by stretches, not by alignment: an aligned label gets its size hint's height, which
    // cut the wrapped sentence short; in a row it gets the height its width needs.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(text, 10);
    row->addStretch(1);
    layout->addLayout(row);
    for (QWidget *widget : {static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_demo),
                            static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_status)})
        layout->addWidget(widget, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addProfileRequested);
    connect(m_browse, &QPushButton::clicked, this, &WelcomePage::browseRequested);
}

void WelcomePage::setBusy(const QString &message)
{
    m_status->setText(message);
    m_demo->setEnabled(message.isEmpty());
}

} // namespace b24
