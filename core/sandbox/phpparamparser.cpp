#include "core/sandbox/phpparamparser.h"

#include <QStringList>

namespace b24 {

QString PhpParamParser::urlDecode(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

PhpValue PhpParamParser::parse(const QByteArray &query)
{
    PhpValue result = PhpValue::array();
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = urlDecode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : urlDecode(pair.mid(eq + 1));
        addPair(result, name, PhpValue(value));
    }
    return result;
}

void PhpParamParser::addPair(PhpValue &target, const QString &rawName, const PhpValue &value)
{
    QString name = rawName;
    // Leading spaces of the variable name are dropped.
    while (!name.isEmpty() && name.front() == u' ')
        name.remove(0, 1);
    qsizetype open = name.indexOf(u'[');
    QString base = open < 0 ? name : name.left(open);
    QStringList path;
    if (open >= 0) {
        qsizetype pos = open;
        bool first = true;
        while (pos < name.size() && name[pos] == u'[') {
            const qsizetype close = name.indexOf(u']', pos + 1);
            if (close < 0) {
                // Unclosed first bracket: PHP keeps it in the name as '_'; later ones are dropped.
                if (first)
                    base = name.left(pos) + u'_' + name.mid(pos + 1);
                break;
            }
            path << name.mid(pos + 1, close - pos - 1);
            pos = close + 1;
            first = false;
        }
    }
    if (base.isEmpty())
        return;
    // Only in the top-level name (and only before the first '['): '.' and ' ' become '_'.
    for (qsizetype i = 0; i < base.size() && (open < 0 || i < open); ++i)
        if (base[i] == u'.' || base[i] == u' ')
            base[i] = u'_';

    if (path.isEmpty()) {
        target.insert(base, value);
        return;
    }
    PhpValue *node = &target[base];
    if (!node->isArray())
        *node = PhpValue::array();
    for (int i = 0; i < path.size(); ++i) {
        const bool last = i == path.size() - 1;
        if (path[i].isEmpty()) {
            node->append(last ? value : PhpValue::array());
            node = const_cast<PhpValue *>(&node->entries().back().value);
        } else if (last) {
            node->insert(path[i], value);
        } else {
            node = &(*node)[path[i]];
            if (!node->isArray())
                *node = PhpValue::array();
        }
    }
}

} // namespace b24
