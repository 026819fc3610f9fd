"""Arabic kinds from real-page shapes (session 6, RA3): fresh passages, invented names, several sectors."""

from talentflow.pipeline import extract


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.kind, e.person.mention if e.person else None, e.org.mention if e.org else None, e.role)
            for e in extract(text, "ar", published="2025-03-01")]


def test_insider_title_owned_by_the_org_then_new_post_is_role_change() -> None:
    # 'ta'yin na'ib al-ra'is al-tanfidhi lil-bank X ra'isan tanfidhiyyan': the title before the
    # name, owned by the org ('of the bank', 'in the company'), is the post held; the post after it is the new one
    assert _events("قرر مجلس إدارة بنك الواحة الوطني تعيين نائب الرئيس التنفيذي للبنك سامر الحداد "
                   "رئيسا تنفيذيا، خلفا لرئيسه السابق.") == [
        ("role_change", "سامر الحداد", "بنك الواحة الوطني", "ceo")]
    assert _events("عين مجلس إدارة مجموعة الريحان للتجزئة المدير المالي للمجموعة كمال يوسف "
                   "رئيسا تنفيذيا لها.") == [("role_change", "كمال يوسف", "مجموعة الريحان للتجزئة", "ceo")]
    assert _events("وافقت الجمعية العمومية لشركة ضياء للطاقة على تعيين الرئيس التنفيذي للعمليات في الشركة "
                   "نادر الفقيه رئيسا تنفيذيا اعتبارا من أبريل المقبل.") == [
        ("role_change", "نادر الفقيه", "ضياء للطاقة", "ceo")]


def test_giving_up_all_posts_or_declining_to_continue_is_a_departure() -> None:
    # 'takhalla ... 'an jami' manasibihi' (subject between verb and object), 'i'tidhar X 'an al-istimrar'
    assert _events("تخلى رجل الأعمال حسام النمر عن جميع مناصبه في مجموعة الأفق القابضة.")[:1] == [
        ("departure", "حسام النمر", "مجموعة الأفق القابضة", None)]
    assert _events("تخلت سيدة الأعمال ريم الكبيسي عن كافة مناصبها في شركة سنا للأغذية بعد خلاف مع الشركاء.")[:1] == [
        ("departure", "ريم الكبيسي", "سنا للأغذية", None)]
    assert _events("أعلن نادي الوحدة اعتذار المدرب سمير الحلبي عن الاستمرار في تدريب الفريق.") == [
        ("departure", "سمير الحلبي", "نادي الوحدة", "head")]
    assert [e[:3] for e in _events("اعتذر المهندس باسل الخوري عن مواصلة مهامه مديرا عاما لشركة روافد للمقاولات.")] == [
        ("departure", "باسل الخوري", "روافد للمقاولات")]
    assert _events("اعتذر المدرب سمير الحلبي عن حضور المؤتمر الصحفي.") == []  # declining an event, not the post


def test_acting_head_given_the_post_is_a_role_change() -> None:
    # 'al-qa'im bi-a'mal' (acting) names someone already at the org; 'kallafa X, ..., bi-mansib Y'
    assert _events("قررت وزارة الصحة تكليف القائم بأعمال وكيل الوزارة عماد الشريف بمنصب وكيل الوزارة "
                   "بشكل دائم.")[0][:3] == ("role_change", "عماد الشريف", "وزارة الصحة")
    assert _events("عين بنك الريان الرقمي القائم بأعمال الرئيس التنفيذي هشام الراوي رئيسا تنفيذيا للبنك.") == [
        ("role_change", "هشام الراوي", "بنك الريان الرقمي", "ceo")]


def test_arrives_at_an_org_coming_from_another_is_a_move() -> None:
    # 'wasala / hatta rihalahu fi NADI Y qadiman min Z': a move from Z to Y (events.md: one departure)
    ev = extract("حط المهاجم كريم الزعبي رحاله في نادي الفجر قادما من نادي الشروق بعقد لمدة موسمين.",
                 "ar", published="2025-03-01")
    assert [(e.kind, e.person.mention, e.org.mention, e.destination.mention) for e in ev] == [
        ("departure", "كريم الزعبي", "نادي الشروق", "نادي الفجر")]
    ev = extract("وصلت الدكتورة سلمى الراشد إلى جامعة الساحل أستاذة للقانون قادمة من جامعة النخيل.",
                 "ar", published="2025-03-01")
    assert [(e.kind, e.org.mention, e.destination.mention) for e in ev] == [
        ("departure", "جامعة النخيل", "جامعة الساحل")]
    assert _events("وصل المدرب هيثم الورغي إلى نادي الرياض قادمًا من البرتغال.")[:1] == [
        ("arrival", "هيثم الورغي", "نادي الرياض", "head")]
    # travel, not a move: the place reached is no org
    assert _events("وصل وزير الخارجية فهد العتيبي إلى الرياض قادما من القاهرة.") == []
    assert _events("وصل المحلل المالي رامي حداد إلى مقر شركة الفجر قادما من لندن.") == []


def test_each_minister_of_a_reshuffle_list_keeps_his_own_ministry() -> None:
    # 'wazir al-naql X wa-wazir al-zira'a Y': the title joined by 'wa' after X is Y's, and the title
    # before its domain word and X is X's own (one event per minister, each with his ministry)
    assert [(e.person.mention, e.org.mention) for e in extract(
        "وغادر الحكومة وزير النقل فهد الرميثي ووزير الزراعة نبيل العمري.", "ar", published="2025-03-01")] == [
        ("فهد الرميثي", "النقل"), ("نبيل العمري", "الزراعة")]
    assert [(e.person.mention, e.org.mention) for e in extract(
        "ومن أبرز المغادرين وزير الطاقة ماجد الكندي ووزير السياحة رائد العوضي.", "ar",
        published="2025-03-01")] == [("ماجد الكندي", "الطاقة"), ("رائد العوضي", "السياحة")]
    assert [(e.person.mention, e.org.mention) for e in extract(
        "وغادر الحكومة وزير الدفاع سعيد الحارثي ووزير الإسكان منيرة الشمري ووزير الثقافة حمد الراشد.", "ar",
        published="2025-03-01")] == [("سعيد الحارثي", "الدفاع"), ("منيرة الشمري", "الإسكان"), ("حمد الراشد", "الثقافة")]
