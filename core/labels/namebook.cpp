#include "core/labels/namebook.h"

#include <QCoreApplication>

namespace b24 {

void NameBook::add(const QString &book, const QString &id, const QString &name)
{
    m_names[book].insert(id, name);
    if (auto found = m_missing.find(book); found != m_missing.end())
        found->remove(id);
}

void NameBook::addMissing(const QString &book, const QString &id, const QString &why)
{
    if (!m_names.value(book).contains(id))
        m_missing[book].insert(id, why);
}

void NameBook::setUnavailable(const QString &book, const QString &why)
{
    m_unavailable.insert(book, why);
}

bool NameBook::knows(const QString &book, const QString &id) const
{
    return m_unavailable.contains(book) || m_names.value(book).contains(id) ||
           m_missing.value(book).contains(id);
}

NameBook::Name NameBook::name(const LabelSource &source, const QString &id) const
{
    Name out;
    out.text = id;
    if (source.kind == LabelSource::Kind::Enumeration) {
        const auto item = source.items.constFind(id);
        if (item != source.items.cend()) {
            out.text = *item;
            out.named = true;
        } else {
            out.why = QCoreApplication::translate("b24::NameBook", "not one of the field's list values");
        }
        return out;
    }
    const QString book = source.bookKey();
    if (const auto names = m_names.constFind(book); names != m_names.cend()) {
        if (const auto found = names->constFind(id); found != names->cend()) {
            out.text = *found;
            out.named = true;
            return out;
        }
    }
    if (const QString refused = m_unavailable.value(book); !refused.isEmpty())
        out.why = refused;
    else if (const QString missing = m_missing.value(book).value(id); !missing.isEmpty())
        out.why = missing;
    else if (source.isReference())
        out.why = QCoreApplication::translate("b24::NameBook", "not looked up yet");
    else
        out.why = QCoreApplication::translate("b24::NameBook", "not in the portal's dictionary");
    return out;
}

qsizetype NameBook::namedCount() const
{
    qsizetype count = 0;
    for (const auto &names : m_names)
        count += names.size();
    return count;
}

qsizetype NameBook::missingCount() const
{
    qsizetype count = 0;
    for (const auto &missing : m_missing)
        count += missing.size();
    return count;
}

void NameBook::clear()
{
    m_names.clear();
    m_missing.clear();
    m_unavailable.clear();
}

} // namespace b24
