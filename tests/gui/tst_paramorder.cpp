// Parameters keep the order written, from the explorer's editors to the wire, into history and
// back: the portal sorts by `order` keys in the order it receives them.
#include "tests/gui/windowfixture.h"
#include "ui/history/historyview.h"
#include "ui/main/runcontroller.h"
#include "ui/request/fieldrowtable.h"
#include "ui/request/orderbuilder.h"
#include "ui/request/paramspane.h"
#include "ui/request/rawjsoneditor.h"
#include "ui/results/resulttablemodel.h"
#include "ui/results/resultview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestParamOrder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { m_orders.clear(); }
    void rawJsonOrderReachesTheWire();
    void orderBuilderRowsAreTheOrder();
    void historyRoundTripKeepsTheOrder();

private:
    // What the portal received as `order` in each call: its keys, in order, comma-joined.
    QStringList m_orders;
    std::unique_ptr<b24::SandboxServer> m_server;
    const QByteArray m_typed = R"({"order":{"STAGE_ID":"ASC","ID":"DESC"}})";
};

namespace {

void typeRawJson(b24::MainWindow &window, const QByteArray &json)
{
    b24::ParamsPane *pane = window.request()->paramsPane();
    pane->setCurrentWidget(pane->rawEditor());
    QPlainTextEdit *edit = pane->rawEditor()->textEdit();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, QString::fromUtf8(json));
}

// Rows sorted by STAGE_ID, then by ID descending: each stage one block, IDs falling inside it.
// Sorted by ID alone (the keys swapped), the stages interleave.
bool sortedByStageThenIdDesc(const b24::ResultTableModel &model, QString *why)
{
    QSet<QString> seen;
    QString stage;
    qint64 previous = 0;
    for (int row = 0; row < model.rowTotal(); ++row) {
        const QJsonObject deal = model.rowObject(row);
        const QString s = deal.value("STAGE_ID"_L1).toString();
        const qint64 id = deal.value("ID"_L1).toVariant().toLongLong();
        if (s != stage) {
            if (seen.contains(s)) {
                *why = u"stage %1 comes back at row %2"_s.arg(s).arg(row);
                return false;
            }
            seen.insert(s);
            stage = s;
        } else if (id >= previous) {
            *why = u"ID %1 after %2 at row %3"_s.arg(id).arg(previous).arg(row);
            return false;
        }
        previous = id;
    }
    return seen.size() > 1;
}

} // namespace

void TestParamOrder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    b24::PortalOptions portal;
    portal.plan = b24::PortalOptions::Plan::Unlimited;
    portal.data.insert(u"deals"_s, 600);
    m_server = std::make_unique<b24::SandboxServer>(portal);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    b24test::addDealList(m_server->portal(), u"crm.deal.list"_s,
                         [this](const b24::CallContext &call, const b24::MethodHandler &deals) {
                             QStringList keys;
                             if (const b24::PhpValue *order = call.params.findCaseInsensitive(u"order"_s)) {
                                 for (const b24::PhpEntry &entry : order->entries())
                                     keys.append(entry.key);
                             }
                             m_orders.append(keys.join(u','));
                             return deals(call);
                         });
}

void TestParamOrder::rawJsonOrderReachesTheWire()
{
    b24test::WindowFixture f;
    auto window = b24test::openWindow(f.services(), *m_server);
    QVERIFY(window);
    window->request()->setMethod(u"crm.deal.list"_s);
    window->request()->setRunMode(b24::RequestEditor::RunMode::Single);
    typeRawJson(*window, m_typed);
    QCOMPARE(window->request()->params().toJson(), m_typed);
    auto summary = b24test::runAndWait(*window);
    QVERIFY(summary && summary->ok);
    QCOMPARE(m_orders, QStringList{u"STAGE_ID,ID"_s});

    // Every page of the list, in the order asked for.
    m_orders.clear();
    window->request()->setRunMode(b24::RequestEditor::RunMode::AllPages);
    summary = b24test::runAndWait(*window);
    QVERIFY2(summary && summary->ok, summary ? qPrintable(summary->status) : "no summary");
    QCOMPARE(summary->rows, qint64(600));
    QVERIFY(!m_orders.isEmpty());
    QCOMPARE(QSet<QString>(m_orders.cbegin(), m_orders.cend()), QSet<QString>{u"STAGE_ID,ID"_s});
    QString why;
    QVERIFY2(sortedByStageThenIdDesc(*window->results()->tableModel(), &why), qPrintable(why));
}

void TestParamOrder::orderBuilderRowsAreTheOrder()
{
    b24test::WindowFixture f;
    auto window = b24test::openWindow(f.services(), *m_server);
    QVERIFY(window);
    window->request()->setMethod(u"crm.deal.list"_s);
    window->request()->setRunMode(b24::RequestEditor::RunMode::Single);
    b24::ParamsPane *pane = window->request()->paramsPane();
    b24::FieldRowTable *rows = pane->orderBuilder()->rows();
    pane->setCurrentWidget(pane->orderBuilder());
    // As a user would: Add, type the field, pick the direction; twice.
    auto *add = rows->findChild<QPushButton *>(u"addRow"_s);
    const auto addRow = [&](const QString &field, int direction) {
        add->click();
        const int row = rows->rowCount() - 1;
        auto *fieldBox = qobject_cast<QComboBox *>(rows->table()->cellWidget(row, 0));
        QTest::keyClicks(fieldBox->lineEdit(), field);
        qobject_cast<QComboBox *>(rows->table()->cellWidget(row, 1))->setCurrentIndex(direction);
    };
    addRow(u"STAGE_ID"_s, 0);
    addRow(u"ID"_s, 1);
    QCOMPARE(window->request()->params().toJson(), m_typed);
    // The JSON tab shows it in that order too.
    const QString raw = pane->rawEditor()->text();
    QVERIFY2(raw.indexOf("STAGE_ID"_L1) < raw.indexOf("\"ID\""_L1), qPrintable(raw));
    const auto summary = b24test::runAndWait(*window);
    QVERIFY(summary && summary->ok);
    QCOMPARE(m_orders, QStringList{u"STAGE_ID,ID"_s});
}

void TestParamOrder::historyRoundTripKeepsTheOrder()
{
    b24test::WindowFixture f;
    {
        auto window = b24test::openWindow(f.services(), *m_server);
        QVERIFY(window);
        window->request()->setMethod(u"crm.deal.list"_s);
        window->request()->setRunMode(b24::RequestEditor::RunMode::AllPages);
        typeRawJson(*window, m_typed);
        const auto summary = b24test::runAndWait(*window);
        QVERIFY(summary && summary->ok);
    }
    // The next start: another store reads the file, another window shows it.
    b24::HistoryStore reloaded(f.history.filePath());
    QCOMPARE(reloaded.entries().size(), 1);
    QCOMPARE(reloaded.entries().first().params.toJson(), m_typed);
    auto window = b24test::openWindow(f.services(&reloaded), *m_server);
    QVERIFY(window);
    window->request()->setMethod(u"server.time"_s);
    auto *table = window->history()->findChild<QTableView *>();
    QVERIFY(table);
    table->setCurrentIndex(table->model()->index(0, 0));
    QAction *reopen = nullptr;
    QAction *curl = nullptr;
    for (QAction *action : table->actions()) {
        if (action->text() == u"Open as new request"_s)
            reopen = action;
        else if (action->text() == u"Copy as curl"_s)
            curl = action;
    }
    QVERIFY(reopen && curl);
    reopen->trigger();
    QCOMPARE(window->request()->method(), u"crm.deal.list"_s);
    QCOMPARE(window->request()->params().toJson(), m_typed);
    QCOMPARE(window->request()->runMode(), b24::RequestEditor::RunMode::AllPages);
    QCOMPARE(
        b24::OrderedJson::fromJson(window->request()->paramsPane()->rawEditor()->text().toUtf8()).toJson(),
        m_typed);
    curl->trigger();
    const QString command = QApplication::clipboard()->text();
    QVERIFY2(command.contains(u"--data '"_s + QString::fromUtf8(m_typed) + u'\''), qPrintable(command));
    // And run again, it asks the portal the same.
    m_orders.clear();
    const auto summary = b24test::runAndWait(*window);
    QVERIFY(summary && summary->ok);
    QCOMPARE(QSet<QString>(m_orders.cbegin(), m_orders.cend()), QSet<QString>{u"STAGE_ID,ID"_s});
}

QTEST_MAIN(TestParamOrder)
#include "tst_paramorder.moc"
