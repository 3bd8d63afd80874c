// Progressive enhancement only: every form works without it.
// The panel's quorum, counted live as members are ticked: members with a conflict of interest do not count.
(function () {
  var output = document.querySelector('[data-quorum-output]');
  if (!output) return;
  var form = output.closest('form');
  var needed = parseInt(output.getAttribute('data-quorum-needed'), 10);
  function count() {
    var members = form.querySelectorAll('[data-panel-member]');
    var free = 0;
    members.forEach(function (member) {
      var sits = member.querySelector('input[name$=".Sits"]');
      var name = member.querySelector('input[name$=".Name"]');
      var conflict = member.querySelector('input[name$=".Conflict"]');
      if (sits && sits.checked && name && name.value.trim() !== '' && !(conflict && conflict.value.trim() !== '')) free++;
    });
    output.textContent = free + ' of ' + needed + ' members free of conflict needed' + (free >= needed ? ': quorate' : ': not quorate');
  }
  form.addEventListener('change', count);
  form.addEventListener('input', count);
  count();
})();
