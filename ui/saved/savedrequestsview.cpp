#include "ui/saved/savedrequestsview.h"

#include "core/profiles/savedrequeststore.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

SavedRequestsView::SavedRequestsView(SavedRequestStore *store, PortalChoices portals, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_portals(std::move(portals))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"savedRequests"_s);
    m_list->setObjectName(u"savedList"_s);
    m_status->setWordWrap(true);
    auto *open = new QPushButton(tr("Open"), this);
    auto *rename = new QPushButton(tr("Rename…"), this);
    auto *remove = new QPushButton(tr("Delete"), this);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *importButton = new QPushButton(tr("Import…"), this);
    exportButton->setToolTip(tr("Save this portal's requests as a JSON file (no secret in it)"));
    importButton->setToolTip(tr("Add the requests of a JSON file to one of your portals"));
    auto *row1 = new QHBoxLayout;
    row1->addWidget(open);
    row1->addWidget(rename);
    row1->addWidget(remove);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(exportButton);
    row2->addWidget(importButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(m_status);

    connect(open, &QPushButton::clicked, this, &SavedRequestsView::openCurrent);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &SavedRequestsView::openCurrent);
    connect(rename, &QPushButton::clicked, this, [this] {
        if (currentId().isEmpty())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename saved request"), tr("Name:"),
                                                   QLineEdit::Normal, m_list->currentItem()->text(), &ok);
        if (ok)
            renameCurrent(name);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty() &&
            QMessageBox::question(this, tr("Delete saved request"),
                                  tr("Delete \"%1\"?").arg(m_list->currentItem()->text())) ==
                QMessageBox::Yes)
            deleteCurrent();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export saved requests"),
                                                          QDir::home().filePath(u"requests.json"_s),
                                                          tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(importButton, &QPushButton::clicked, this, &SavedRequestsView::askImport);
    if (m_store)
        connect(m_store, &SavedRequestStore::changed, this, &SavedRequestsView::reload);
}

void SavedRequestsView::setPortal(const QString &key)
{
    m_portal = key;
    reload();
}

QString SavedRequestsView::statusText() const
{
    return m_status->text();
}

void SavedRequestsView::reload()
{
    m_list->clear();
    if (!m_store)
        return;
    for (const SavedRequest &r : m_store->requests(m_portal)) {
        auto *item = new QListWidgetItem(r.name, m_list);
        item->setData(Qt::UserRole, r.id);
        item->setToolTip(u"%1 · %2 · %3"_s.arg(r.method, r.runMode, r.apiVersion));
    }
}

QString SavedRequestsView::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void SavedRequestsView::openCurrent()
{
    if (const auto request = m_store ? m_store->request(currentId()) : std::nullopt)
        emit openRequested(*request);
}

bool SavedRequestsView::renameCurrent(const QString &name)
{
    QString error;
    const bool ok = m_store && m_store->rename(currentId(), name, &error);
    m_status->setText(ok ? QString() : error);
    return ok;
}

bool SavedRequestsView::deleteCurrent()
{
    QString error;
    const bool ok = m_store && m_store->remove(currentId(), &error);
    m_status->setText(ok ? QString() : error);
    return ok;
}

bool SavedRequestsView::exportTo(const QString &path)
{
    if (!m_store)
        return false;
    const QList<SavedRequest> requests = m_store->requests(m_portal);
    QSaveFile file(path);
    const bool ok =
        file.open(QIODevice::WriteOnly) && file.write(m_store->exportJson(requests)) >= 0 && file.commit();
    m_status->setText(ok ? tr("%n request(s) exported to %1", nullptr, int(requests.size())).arg(path)
                         : tr("Export failed: %1").arg(file.errorString()));
    return ok;
}

int SavedRequestsView::importFrom(const QString &path, const QString &portal)
{
    QFile file(path);
    QString error = file.open(QIODevice::ReadOnly) ? QString() : file.errorString();
    const int count = error.isEmpty() && m_store ? m_store->importJson(file.readAll(), portal, &error) : -1;
    m_status->setText(count >= 0 ? tr("%n request(s) imported", nullptr, count)
                                 : tr("Import failed: %1").arg(error));
    return count;
}

void SavedRequestsView::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import saved requests"), QDir::homePath(),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    // The file names no portal: the user says which of theirs it is for.
    const QList<QPair<QString, QString>> portals = m_portals ? m_portals() : QList<QPair<QString, QString>>();
    QStringList names;
    int current = 0;
    for (const auto &portal : portals) {
        if (portal.first == m_portal)
            current = int(names.size());
        names.append(portal.second);
    }
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Import saved requests"),
                                                 tr("Add them to the portal:"), names, current, false, &ok);
    if (ok)
        importFrom(path, portals.at(names.indexOf(chosen)).first);
}

} // namespace b24
