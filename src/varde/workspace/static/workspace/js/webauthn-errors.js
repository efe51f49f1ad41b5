// Shows a message when the browser or the security key refuses (allauth only logs the error).
(function () {
  document.addEventListener('allauth.error', function (event) {
    var box = document.getElementById('webauthn-feil')
    if (!box) return
    event.preventDefault()
    var text = box.getAttribute('data-message')
    box.hidden = false
    box.querySelector('p').textContent = text
    box.focus()
  })
})()
