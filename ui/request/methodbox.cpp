#include "ui/request/methodbox.h"

#include "core/apidocs/docscatalog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QStandardItemModel>
#include <QToolButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

constexpr int kMethodRole = Qt::UserRole + 1;
constexpr qsizetype kShownMethods = 150; // a list to pick from, not the whole API
// REST 3.0's own methods, on every portal that speaks it (docs/protocol.md §11.7, §11.8); batch is
// a run mode of the editor.
const QStringList kV3SystemMethods{u"rest.documentation.openapi"_s, u"rest.scope.list"_s};

} // namespace

MethodBox::MethodBox(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_badge(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setObjectName(u"method"_s);
    m_edit->setPlaceholderText(tr("method or a word of its title, e.g. crm.deal.list"));
    // The list is the search's answer as it is: the completer only shows it and picks the name.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kMethodRole);
    m_completer->setMaxVisibleItems(16);
    m_completer->setWidget(m_edit);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) {
                if (!name.isEmpty())
                    setMethod(name);
            });
    // Enter or leaving the box settles what was typed (both may come for one Enter: harmless).
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { emit methodCommitted(method()); });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { emit methodCommitted(method()); });
    // Wide enough for a name, its title and its badge, whatever the box's width.
    m_completer->popup()->setMinimumWidth(640);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        if (m_model->rowCount() > 0 && m_edit->hasFocus())
            m_completer->complete();
        else
            m_completer->popup()->hide();
    });
    m_badge->setObjectName(u"methodBadge"_s);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Reload the method list of this portal"));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_badge);
    layout->addWidget(m_refresh);
    connect(m_refresh, &QToolButton::clicked, this, &MethodBox::refreshRequested);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        search(text); // before methodChanged: the editor's checks read the list
        updateBadge();
        emit methodChanged(method());
    });
    updateBadge();
}

void MethodBox::setCatalog(const MethodCatalog &catalog)
{
    m_catalog = catalog;
    m_hasCatalog = true;
    updateBadge();
}

QString MethodBox::itemBadge(const QString &method, bool documented) const
{
    if (!m_hasCatalog || !m_catalog.hasMethods())
        return documented ? tr("documented") : QString();
    const MethodCatalog::MethodStatus s = m_catalog.status(method);
    switch (s.availability) {
    case MethodCatalog::Availability::Available:
        return documented ? tr("available on this portal") : tr("available on this portal, not documented");
    case MethodCatalog::Availability::NeedsScope:
        return tr("needs scope %1").arg(s.scope);
    case MethodCatalog::Availability::Unknown:
        break;
    }
    return documented ? tr("documented, not on this portal's list") : tr("not documented");
}

void MethodBox::setApi(ApiVersion api)
{
    if (api == m_api)
        return;
    m_api = api;
    search(m_edit->text());
    updateBadge();
}

void MethodBox::setV3Methods(const QStringList &names, const QHash<QString, QString> &titles)
{
    m_v3Methods = names;
    m_v3Titles = titles;
    if (m_api == ApiVersion::V3) {
        search(m_edit->text());
        updateBadge();
    }
}

bool MethodBox::isKnownV3(const QString &method) const
{
    const MethodSpec *spec = DocsCatalog::shipped().find(method);
    return (spec && spec->restV3) || kV3SystemMethods.contains(method, Qt::CaseInsensitive) ||
           m_v3Methods.contains(method, Qt::CaseInsensitive);
}

void MethodBox::searchV3(const QString &text)
{
    // One heading: the methods REST 3.0 is known to have whose name or title holds every word.
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    QStringList names = m_v3Methods + kV3SystemMethods;
    for (const MethodSpec &spec : DocsCatalog::shipped().methods()) {
        if (spec.restV3)
            names.append(spec.name);
    }
    names.removeDuplicates();
    std::sort(names.begin(), names.end(), [&text](const QString &a, const QString &b) {
        const bool aStarts = a.startsWith(text.trimmed(), Qt::CaseInsensitive);
        if (aStarts != b.startsWith(text.trimmed(), Qt::CaseInsensitive))
            return aStarts;
        return a < b;
    });
    QList<QStandardItem *> items;
    for (const QString &name : std::as_const(names)) {
        const MethodSpec *spec = DocsCatalog::shipped().find(name);
        const QString title = m_v3Titles.contains(name) ? m_v3Titles.value(name)
                              : spec && spec->restV3    ? spec->title
                                                        : QString();
        const QString haystack = (name + u' ' + title).toLower();
        if (!std::all_of(words.cbegin(), words.cend(),
                         [&](const QString &w) { return haystack.contains(w); }))
            continue;
        QString shortTitle = title;
        shortTitle.remove(name).remove(u"v 3.0"_s);
        shortTitle = shortTitle.simplified();
        const QString badge =
            m_v3Methods.contains(name, Qt::CaseInsensitive) ? tr("on this portal") : tr("documented");
        auto *item =
            new QStandardItem(shortTitle.isEmpty() ? u"%1    · %2"_s.arg(name, badge)
                                                   : u"%1 — %2    · %3"_s.arg(name, shortTitle, badge));
        item->setData(name, kMethodRole);
        item->setToolTip(title);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        items.append(item);
    }
    if (items.isEmpty())
        return;
    auto *heading = new QStandardItem(tr("REST 3.0"));
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setFlags(Qt::NoItemFlags);
    m_model->appendRow(heading);
    for (QStandardItem *item : std::as_const(items))
        m_model->appendRow(item);
}

void MethodBox::search(const QString &text)
{
    m_model->clear();
    m_completer->setCompletionPrefix(text);
    if (text.trimmed().isEmpty())
        return;
    if (m_api == ApiVersion::V3) {
        searchV3(text);
        return;
    }
    const QList<const MethodSpec *> found = DocsCatalog::shipped().search(text);
    // By scope, the scopes in the order of their best match; the portal's undocumented methods last.
    QStringList scopes;
    QHash<QString, QList<QStandardItem *>> groups;
    QSet<QString> documented;
    const auto add = [&](const QString &scope, const QString &name, const QString &title, bool known) {
        if (!groups.contains(scope))
            scopes.append(scope);
        QString shortTitle = title;
        shortTitle.remove(name).replace(u"  "_s, u" "_s);
        const QString badge = itemBadge(name, known);
        auto *item = new QStandardItem(shortTitle.trimmed().isEmpty()
                                           ? u"%1    · %2"_s.arg(name, badge)
                                           : u"%1 — %2    · %3"_s.arg(name, shortTitle.trimmed(), badge));
        item->setData(name, kMethodRole);
        item->setToolTip(title);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        groups[scope].append(item);
    };
    for (qsizetype i = 0; i < found.size() && i < kShownMethods; ++i) {
        documented.insert(found[i]->name.toLower());
        add(found[i]->scope.isEmpty() ? tr("basic") : found[i]->scope, found[i]->name, found[i]->title, true);
    }
    if (m_hasCatalog) {
        for (const QString &name : m_catalog.complete(text.trimmed())) {
            if (!documented.contains(name.toLower()) && !DocsCatalog::shipped().find(name))
                add(tr("on this portal, not documented"), name, {}, false);
        }
    }
    for (const QString &scope : std::as_const(scopes)) {
        auto *heading = new QStandardItem(scope);
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        heading->setFlags(Qt::NoItemFlags); // a heading, not a choice
        m_model->appendRow(heading);
        for (QStandardItem *item : groups.value(scope))
            m_model->appendRow(item);
    }
}

QStringList MethodBox::offeredMethods() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name = m_model->item(row)->data(kMethodRole).toString();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

QString MethodBox::method() const
{
    return m_edit->text().trimmed();
}

void MethodBox::setMethod(const QString &method)
{
    m_edit->setText(method);
    emit methodCommitted(this->method());
}

MethodCatalog::MethodStatus MethodBox::status() const
{
    if (!m_hasCatalog || method().isEmpty())
        return {};
    return m_catalog.status(method());
}

QString MethodBox::v3BadgeText() const
{
    // The v2 method list (`methods`) does not hold REST 3.0 methods: it says nothing here.
    if (m_v3Methods.contains(method(), Qt::CaseInsensitive))
        return tr("available (REST 3.0)");
    if (isKnownV3(method()))
        return tr("documented (REST 3.0)");
    if (!m_v3Methods.isEmpty())
        return tr("not in this portal's REST 3.0 list");
    return tr("not documented as REST 3.0");
}

QString MethodBox::badgeText() const
{
    // Greyed (the batch editor is in charge): the box claims nothing about its method.
    if (method().isEmpty() || !isEnabled())
        return {};
    if (m_api == ApiVersion::V3)
        return v3BadgeText();
    const bool documented = DocsCatalog::shipped().find(method()) != nullptr;
    if (!m_hasCatalog)
        return documented ? tr("documented") : QString();
    const MethodCatalog::MethodStatus s = status();
    switch (s.availability) {
    case MethodCatalog::Availability::Available:
        return documented ? tr("available") : tr("available, not documented");
    case MethodCatalog::Availability::NeedsScope:
        return tr("needs scope %1, which this webhook lacks").arg(s.scope);
    case MethodCatalog::Availability::Unknown:
        break;
    }
    if (m_catalog.hasMethods())
        return tr("not in this webhook's method list");
    return documented ? tr("documented") : QString();
}

void MethodBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::EnabledChange)
        updateBadge();
    QWidget::changeEvent(event);
}

void MethodBox::updateBadge()
{
    MethodCatalog::Availability state = status().availability;
    if (m_api == ApiVersion::V3)
        state = m_v3Methods.contains(method(), Qt::CaseInsensitive) ? MethodCatalog::Availability::Available
                                                                    : MethodCatalog::Availability::Unknown;
    const char *color = state == MethodCatalog::Availability::Available    ? "#27ae60"
                        : state == MethodCatalog::Availability::NeedsScope ? "#d35400"
                                                                           : "#7f8c8d";
    const QString text = badgeText();
    m_badge->setText(text.isEmpty() ? QString()
                                    : u"<span style=\"color:%1\">● %2</span>"_s.arg(QLatin1String(color),
                                                                                    text.toHtmlEscaped()));
    m_badge->setProperty("availability", int(state));
}

} // namespace b24
