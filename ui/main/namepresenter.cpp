#include "ui/main/namepresenter.h"

#include "core/b24/b24hook.h"
#include "core/b24/resultrows.h"
#include "core/labels/labelresolver.h"
#include "ui/results/resultproxymodel.h"
#include "ui/results/resulttablemodel.h"
#include "ui/results/resultview.h"

#include <QActionGroup>
#include <QLabel>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
constexpr qsizetype kScanChunk = 4096; // rows per lookup when the shown rows are scanned again
}

NamePresenter::NamePresenter(RunController *runs, ResultView *results, QLabel *status, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_results(results)
    , m_status(status)
{
    m_publish.setSingleShot(true);
    m_publish.setInterval(150); // names arriving batch after batch reach the table a few times a second
    connect(&m_publish, &QTimer::timeout, this, &NamePresenter::publish);
    connect(runs, &RunController::started, this, &NamePresenter::onStarted);
    connect(runs, &RunController::rowsArrived, this, &NamePresenter::onRows);
    connect(runs, &RunController::callFinished, this,
            [this](const CallResult &result) { onRows(resultRows(result.result)); });
    m_status->setVisible(false);
}

LabelResolver *NamePresenter::resolver() const
{
    return m_hook ? m_resolvers.value(m_hook->getTargetOrigin() + u'/' +
                                      QString::number(m_hook->webhook().userId()))
                  : nullptr;
}

void NamePresenter::setHook(B24Hook *hook)
{
    m_hook = hook;
    m_ready = false;
    m_early.clear();
    if (!hook)
        return;
    const QString key = hook->getTargetOrigin() + u'/' + QString::number(hook->webhook().userId());
    LabelResolver *names = m_resolvers.value(key);
    if (!names) {
        names = new LabelResolver(hook, this);
        m_resolvers.insert(key, names);
        connect(names, &LabelResolver::ready, this, [this, names] {
            if (names == resolver())
                onReady();
        });
        connect(names, &LabelResolver::resolved, this, [this, names] {
            if (names != resolver())
                return;
            m_publish.start();
        });
    } else {
        names->setHook(hook);
    }
    updateStatus();
}

void NamePresenter::onStarted(const QString &method, RunController::Mode mode)
{
    m_ready = false;
    m_early.clear();
    m_results->tableModel()->setShownValues(nullptr);
    LabelResolver *names = resolver();
    // REST 3.0 rows name their references themselves (`select` with relations: responsible.name),
    // and the classic *.fields descriptors the resolver reads do not describe their keys.
    if (mode == RunController::Mode::Batch || !names || m_runs->currentApi() == ApiVersion::V3)
        return;
    m_method = method;
    m_params = m_runs->currentParams();
    names->prepare(method, m_params);
    updateStatus();
}

void NamePresenter::onRows(const QJsonArray &rows)
{
    if (!m_ready) {
        m_early.append(rows); // shared, not copied
        return;
    }
    lookUp(rows);
}

void NamePresenter::onReady()
{
    m_ready = true;
    publish(); // dictionaries: stages, pipelines, currencies and list values show at once
    const QList<QJsonArray> early = std::exchange(m_early, {});
    for (const QJsonArray &rows : early)
        lookUp(rows);
}

void NamePresenter::lookUp(const QJsonArray &rows)
{
    LabelResolver *names = resolver();
    if (!names || names->columns().isEmpty())
        return;
    LabelColumns::References unknown;
    names->columns().collectUnknown(rows, names->names(), &unknown);
    if (!unknown.isEmpty())
        names->resolve(unknown); // the resolver joins what pages meet while a lookup runs
    updateStatus();
}

void NamePresenter::lookUpShownRows()
{
    LabelResolver *names = resolver();
    ResultTableModel *model = m_results->tableModel();
    if (!names || names->columns().isEmpty())
        return;
    // Only the nameable reference fields of each row are read from its compact record.
    QStringList fields;
    for (const QString &field : names->columns().fields())
        if (names->columns().source(field)->isReference())
            fields.append(field);
    const RowSnapshot rows = model->snapshot();
    QList<RowSnapshot::Path> paths;
    for (const QString &field : fields)
        paths.append(rows.resolve(field));
    for (qsizetype from = 0; from < rows.rowCount(); from += kScanChunk) {
        QJsonArray chunk;
        for (qsizetype row = from; row < qMin(rows.rowCount(), from + kScanChunk); ++row) {
            QJsonObject values;
            for (qsizetype i = 0; i < fields.size(); ++i)
                values.insert(fields[i], rows.value(row, paths[i]));
            chunk.append(values);
        }
        lookUp(chunk);
    }
}

void NamePresenter::publish()
{
    LabelResolver *names = resolver();
    ResultTableModel *model = m_results->tableModel();
    if (!names || !m_ready || names->columns().isEmpty()) {
        updateStatus();
        return;
    }
    model->setShownValues(std::make_shared<const ShownValues>(names->columns(), names->names(), m_mode));
    m_results->proxyModel()->shownTextChanged();
    updateStatus();
    emit namesChanged();
}

void NamePresenter::setMode(ShownValues::Mode mode)
{
    m_mode = mode;
    publish();
}

void NamePresenter::setHeaderTitles(bool titles)
{
    m_results->tableModel()->setHeaderTitles(titles);
}

void NamePresenter::refreshNames()
{
    LabelResolver *names = resolver();
    if (!names)
        return;
    names->refresh();
    if (m_method.isEmpty())
        return;
    m_ready = false;
    // The rows shown are looked up again once the dictionaries are back.
    connect(
        names, &LabelResolver::ready, this, [this] { lookUpShownRows(); }, Qt::SingleShotConnection);
    names->prepare(m_method, m_params);
    updateStatus();
}

void NamePresenter::addActions(QMenu *view)
{
    QMenu *values = view->addMenu(tr("&Values"));
    values->setObjectName(u"valuesMenu"_s);
    auto *valueGroup = new QActionGroup(values);
    const std::pair<ShownValues::Mode, QString> modes[] = {
        {ShownValues::Mode::Names, tr("&Names")},
        {ShownValues::Mode::Codes, tr("&Codes")},
        {ShownValues::Mode::Both, tr("&Both: name (code)")},
    };
    for (const auto &[mode, text] : modes) {
        QAction *action = values->addAction(text, this, [this, mode] { setMode(mode); });
        action->setObjectName(u"values_"_s + ShownValues::modeName(mode));
        action->setCheckable(true);
        action->setChecked(mode == m_mode);
        valueGroup->addAction(action);
    }
    QMenu *headers = view->addMenu(tr("&Headers"));
    headers->setObjectName(u"headersMenu"_s);
    auto *headerGroup = new QActionGroup(headers);
    for (const bool titles : {true, false}) {
        QAction *action = headers->addAction(titles ? tr("Field &titles") : tr("Field &codes"), this,
                                             [this, titles] { setHeaderTitles(titles); });
        action->setObjectName(titles ? u"headers_titles"_s : u"headers_codes"_s);
        action->setCheckable(true);
        action->setChecked(titles == m_results->tableModel()->headerTitles());
        headerGroup->addAction(action);
    }
    QAction *refresh = view->addAction(tr("&Refresh names"), this, &NamePresenter::refreshNames);
    refresh->setObjectName(u"refreshNames"_s);
    refresh->setToolTip(tr("Read this portal's stages, pipelines, users and other names again"));
    view->addSeparator();
}

qint64 NamePresenter::requestCount() const
{
    const LabelResolver *names = resolver();
    return names ? names->requestCount() : 0;
}

bool NamePresenter::isBusy() const
{
    const LabelResolver *names = resolver();
    return names && (names->isBusy() || m_publish.isActive());
}

void NamePresenter::updateStatus()
{
    const LabelResolver *names = resolver();
    if (!names || names->requestCount() == 0) {
        m_status->setVisible(false);
        return;
    }
    m_status->setVisible(true);
    m_status->setText(names->isBusy()
                          ? tr("Names: reading… (%n request(s))", nullptr, int(names->requestCount()))
                          : tr("Names: %n request(s)", nullptr, int(names->requestCount())));
    QStringList tip{tr("Requests made to name codes on this portal in this session: field descriptions, "
                       "dictionaries, and users and records looked up 50 IDs at a time.")};
    tip += names->notes();
    m_status->setToolTip(tip.join(u'\n'));
}

} // namespace b24
